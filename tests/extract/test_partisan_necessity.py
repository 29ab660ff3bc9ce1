"""A candidate's delegate arithmetic with "must win" counts the race: partisan (session 49).

docs/gold-conventions.md "Candidates and campaigns as a partisan source" (a) names "the delegate
arithmetic": what a contender must win is a necessity of the race, as "needs to win" is, not a
hope ("could win"). Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"
CANDIDATE = "Presidential candidate Ana Lopez spoke in Ohio on Monday. "


def test_what_a_contender_must_win_in_a_candidate_s_arithmetic_is_partisan(nlp):
    text = (
        CANDIDATE + "Lopez pointed out that Tom Reyes, who has 90 delegates, must win "
        "61 percent of the rest."
    )
    assert PARTISAN in kinds_of(nlp, text, "61 percent")


@pytest.mark.parametrize(
    "text",
    [
        # a hope, not the arithmetic
        CANDIDATE + "Lopez said that Tom Reyes could win 61 percent of the rest.",
        # the same arithmetic from a person the article does not mark as a candidate
        "Tom Bauer, a county clerk, said that Tom Reyes must win 61 percent of the rest.",
    ],
)
def test_a_hoped_result_or_a_non_candidate_s_arithmetic_is_not_partisan(nlp, text):
    assert PARTISAN not in kinds_of(nlp, text, "61 percent")
