"""cavp43 (session 35): hedge words that hedge no figure (gold README, "hedged": a belief,
estimate or allegation). A "may" answered by a "but" clause concedes what it says ("may only be a
venue for some 250,000 Iowans ... but", "may be job one, but"); a figure in a supposition
("assuming ...") or in the alternative a "rather than" clause sets aside is outside the hedge
(realgold10 gold: "assuming that what worked to win 13 million votes ... winning five times that
number", not hedged). Invented sentences parallel to the PolNeAR cases."""

from __future__ import annotations

import pytest

from tests.conftest import claim_texts, hedged_texts


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
    assert figure not in hedged_texts(nlp, text)


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
    assert figure in hedged_texts(nlp, text)


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
    assert figure not in hedged_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("It is a fair assumption that the council will need at least 40 votes.", "at least 40"),
        ("Builders will likely delay about 30 projects, the report said.", "about 30"),
    ],
)
def test_an_assumption_noun_and_a_forecast_on_the_figure_still_hedge(nlp, text, figure):
    assert figure in hedged_texts(nlp, text)
