"""Subjects of session 33 (subjA41): bare numbers in the delegate race. Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Smith has won 410 delegates so far, Jones has 212 and Brown quit the race with 98.",
            "212",
        ),
        (
            "Smith has won 410 delegates so far, Jones has 212 and Brown quit the race with 98.",
            "98",
        ),
        (
            "With 140 delegates up for grabs, Smith is sure of winning at least 75 in that state.",
            "at least 75",
        ),
        ("Analysts keep doing the delegate math and everyone watches one number: 1,450.", "1,450"),
        (
            "After the delegate count, nobody expects Smith to reach the magic 1,450 number.",
            "1,450",
        ),
        ("In Guam, 12 pledged delegates were at stake on Sunday.", "12"),
    ],
)
def test_bare_number_in_the_delegate_race_counts_delegates(nlp, text, figure):
    assert subject_of(nlp, text, figure) == "delegates"


def test_bare_number_beside_counted_superdelegates_counts_superdelegates(nlp):
    # session 74: the golds name such a count "superdelegates" (realgold50, realgold30 alone;
    # realgold4 first, beside "delegate"); superdelegates no number counts stay "delegates"
    # (test_superdelegate_counts74b.py)
    text = "So far 310 superdelegates have backed Smith, and 45 have backed Jones."
    assert subject_of(nlp, text, "45") == "superdelegates"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a nearer counted noun, the number's own noun, or a whole named in its clause
        (
            "The state offers more delegates than most contests, including the first four in May.",
            "four",
        ),
        ("Smith won 80 delegates and carried 11 states on Tuesday.", "11"),
        ("Smith, who needs more delegates, spoke to a crowd of 1,300 on Tuesday.", "1,300"),
        ("The delegates could vote to reduce the state minimum to seven.", "seven"),
    ],
)
def test_bare_number_with_a_nearer_or_own_noun_is_not_delegates(nlp, text, figure):
    assert subject_of(nlp, text, figure) != "delegates"
