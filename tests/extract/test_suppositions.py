"""cavp43 (session 35): a figure in a supposition ("assuming ...") or in the alternative a
"rather than" clause sets aside is not hedged by the hedge word (gold README, "hedged": a
belief, estimate or allegation; realgold10 gold: "assuming that what worked to win 13 million
votes ... winning five times that number", not hedged). Invented sentences parallel to the
PolNeAR cases."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.model import Caveat


def hedged_claims(nlp, text):
    """The texts of the claims that carry the hedged caveat (full extraction)."""
    claims = extract_claims(nlp(text), doc_name="t").claims
    return [c.text for c in claims if any(m.kind == Caveat.HEDGED for m in c.caveats)]


def claim_texts(nlp, text):
    return [c.text for c in extract_claims(nlp(text), doc_name="t").claims]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The new levy could help the mayor in the suburbs, assuming a 3 percent rise in "
            "home values next year.",
            "3 percent",
        ),
        (
            "Rather than pay a 12 percent surcharge on late permits, builders will likely "
            "delay their projects, the report said.",
            "12 percent",
        ),
    ],
)
def test_figure_in_a_supposition_or_set_aside_alternative_is_not_hedged(nlp, text, figure):
    assert figure in claim_texts(nlp, text)
    assert figure not in hedged_claims(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("It is a fair assumption that the council will need at least 40 votes.", "at least 40"),
        ("Builders will likely delay about 30 projects, the report said.", "about 30"),
    ],
)
def test_an_assumption_noun_and_a_forecast_on_the_figure_still_hedge(nlp, text, figure):
    assert figure in hedged_claims(nlp, text)
