"""A military source counting the victims of another side's strike gives no partisan_source
(other_sides.py; gold README: partisan for "a belligerent reports the results of its own
military action")."""

import pytest

from factcheck.extract import extract_claims


def _kinds(nlp, text, figure):
    claim = next(c for c in extract_claims(nlp(text), doc_name="t").claims if figure in c.text)
    return [c.kind.value for c in claim.caveats]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "A Russian drone strike on a village in the Sumy region killed two people and "
            "wounded at least nine, the regional military administration said.",
            "two",
        ),
        (
            "An Azeri artillery strike hit 14 homes near the border, the Armenian defence "
            "ministry said.",
            "14",
        ),
    ],
)
def test_another_sides_strike_is_not_the_sources_own_action(nlp, text, figure):
    assert "partisan_source" not in _kinds(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Israeli strikes killed 40 militants, the Israeli military said.", "40"),
        ("The army said its drone strike killed 15 fighters.", "15"),
    ],
)
def test_the_sources_own_strike_stays_partisan(nlp, text, figure):
    assert "partisan_source" in _kinds(nlp, text, figure)
