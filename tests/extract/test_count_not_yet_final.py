"""A count said not to be final yet is preliminary (gold README, preliminary: "the figure may
change"): "according to results that are not yet final", "returns that had yet to be
certified". A final or certified count is not, and neither are "early results/returns" (the
lead's ruling of session 54, hedge54: no tuning gold marks them and an unseen gold set leaves
them unmarked)."""

from __future__ import annotations

import pytest

from tests.conftest import preliminary_of as _preliminary


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
        ("The results were certified on Friday: Ortiz won 54 percent.", "54 percent"),
        ("Early returns showed Ortiz with 54 percent of the vote.", "54 percent"),
        ("Early voting drew 12,000 people to the polls.", "12,000"),
    ],
)
def test_a_final_count_or_early_returns_are_not_preliminary(nlp, text, figure):
    assert _preliminary(nlp, text)[figure] is False
