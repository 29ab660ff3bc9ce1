"""cavp43 (session 35): a "may" answered by a "but" clause concedes what it says, so it hedges
no figure (gold README, "hedged": a belief, estimate or allegation). Invented sentences parallel
to the PolNeAR cases ("may only be a venue for some 250,000 Iowans ... but", "may be job one,
but", "may be political opposites, but ... with one voice")."""

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
            "The county fair may only be a gathering of some 40,000 visitors, but the mayor says "
            "it keeps the town alive.",
            "some 40,000",
        ),
        (
            "Fixing the roof may be task one, but the council will first hire 12 inspectors.",
            "12",
        ),
        (
            "The two mayors may be rivals, but on the bridge they have raised $12 million "
            "together.",
            "$12 million",
        ),
        (
            "The parade may only be a show for some 3,000 residents, but the decisions its "
            "organizers make could shape the town.",
            "some 3,000",
        ),
    ],
)
def test_figure_of_a_conceded_may_clause_is_not_hedged(nlp, text, figure):
    assert figure in claim_texts(nlp, text)
    assert figure not in hedged_claims(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("As many as 20 people may have died in the fire, the chief said.", "As many as 20"),
        ("The new wall might be 30 feet high, the governor said.", "30 feet"),
        (
            "Deputies searched the woods, believing there may be as many as four suspects, but "
            "found only one.",
            "as many as four",
        ),
    ],
)
def test_a_may_without_a_conceding_but_still_hedges(nlp, text, figure):
    assert figure in hedged_claims(nlp, text)
