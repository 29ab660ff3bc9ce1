"""A figure measuring how much likelier one group is than another is not hedged
(likelihood_ratios.py; gold README "hedged", docs/gold-conventions.md "Forecasts and beliefs")."""

import pytest

from factcheck.extract import extract_claims


def _kinds(nlp, text, figure):
    claim = next(c for c in extract_claims(nlp(text), doc_name="t").claims if figure in c.text)
    return [c.kind.value for c in claim.caveats]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Nurses who worked night shifts were 1.8 times as likely to fall ill as those who "
            "did not, the survey found.",
            "1.8 times",
        ),
        ("Without a vaccine, a calf is up to six times more likely to die, she said.", "six"),
        ("Smokers were twice as likely to be admitted, the study found.", "twice"),
        ("Drivers were 40 percent more likely to crash, the study found.", "40 percent"),
    ],
)
def test_a_ratio_of_likelihoods_is_not_hedged(nlp, text, figure):
    assert "hedged" not in _kinds(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The storm is likely to cost about $3 million, officials said.", "$3 million"),
        ("The repairs will likely take 12 weeks, officials said.", "12 weeks"),
    ],
)
def test_likely_on_a_size_still_hedges(nlp, text, figure):
    assert "hedged" in _kinds(nlp, text, figure)
