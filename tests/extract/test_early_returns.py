"""Returns as they first come in, and a count said not to be final yet, are preliminary (gold
README, preliminary: "initial count", "the figure may change"): "Early returns showed Ortiz
with 54 percent", "according to results that are not yet final". A final count, a fund's
"early returns on" an investment and a count said to be final are not."""

from __future__ import annotations

import pytest

from factcheck.model import Caveat
from tests.conftest import claims_of


def _preliminary(nlp, text: str) -> dict[str, bool]:
    return {
        c.text: any(m.kind is Caveat.PRELIMINARY for m in c.caveats) for c in claims_of(nlp, text)
    }


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Early returns showed Ortiz with 54 percent of the vote.", "54 percent"),
        ("Ortiz led Diaz by 812 votes, according to early returns.", "812"),
        ("Early results gave the school levy 61 percent support on Tuesday night.", "61 percent"),
        ("In early election returns, Ortiz had 3,105 votes to Diaz's 2,940.", "2,940"),
    ],
)
def test_early_returns_make_the_count_preliminary(nlp, text, figure):
    assert _preliminary(nlp, text)[figure] is True


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Ortiz won 54 percent of the vote, according to results that are not yet final.",
            "54 percent",
        ),
        ("The results are not final, but Ortiz had 54 percent of the vote.", "54 percent"),
        ("Ortiz had 3,105 votes in returns that had yet to be certified.", "3,105"),
        ("The tally, which is not yet official, put turnout at 38 percent.", "38 percent"),
    ],
)
def test_a_count_not_yet_final_is_preliminary(nlp, text, figure):
    assert _preliminary(nlp, text)[figure] is True


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The final results gave Ortiz 54 percent of the vote.", "54 percent"),
        ("The fund's early returns on the bonds were 8 percent a year.", "8 percent"),
        ("The results were certified on Friday: Ortiz won 54 percent.", "54 percent"),
        ("Early voting drew 12,000 people to the polls.", "12,000"),
    ],
)
def test_a_final_count_or_a_fund_s_returns_are_not_preliminary(nlp, text, figure):
    assert _preliminary(nlp, text)[figure] is False
