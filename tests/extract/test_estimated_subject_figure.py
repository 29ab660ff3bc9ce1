""" "An estimated N people" hedges N, not the other figures of its clause (estimate_hedges.py;
gold README "hedged": the figure is an estimate)."""

import pytest

from factcheck.extract import extract_claims


def _kinds(nlp, text, figure):
    claim = next(c for c in extract_claims(nlp(text), doc_name="t").claims if figure in c.text)
    return [c.kind.value for c in claim.caveats]


def test_the_window_of_an_estimated_count_is_not_hedged(nlp):
    text = (
        "The agency said an estimated 3,000 people fled the town in the 48 hours after the quake."
    )
    assert "hedged" in _kinds(nlp, text, "3,000")
    assert "hedged" not in _kinds(nlp, text, "48 hours")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The estimated cost is $5 million, officials said.", "$5 million"),
        (
            "Farmers reported that an estimated 12,000 hectares (29,650 acres) of maize was "
            "under water.",
            "29,650 acres",
        ),
    ],
)
def test_an_estimate_still_hedges_its_own_figure(nlp, text, figure):
    assert "hedged" in _kinds(nlp, text, figure)
