"""subj56: a bare number that stands for a figure every reader of US politics knows names what
it counts: the delegates a nominee needs ("getting to 1,237") and the undocumented population
after a determiner ("the 11 million"); a number with a noun or a whole of its own keeps it."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure",
    [
        (
            "The governor says only one rival can keep the mogul from reaching 1,237 this spring.",
            "1,237",
        ),
        ("A win in Ohio would leave the senator short of the 2,383 needed to clinch.", "2,383"),
        ("Nobody in the field has a path to 1,237 before the convention opens.", "1,237"),
    ],
)
def test_a_bare_delegate_bar_counts_delegates(nlp, text, figure):
    assert "delegates" in subject_of(nlp, text, figure).split()


@pytest.mark.parametrize(
    "text, figure",
    [
        (
            "The senator wants to secure the border before dealing with the 11 million already here.",
            "11 million",
        ),
        ("What happens to the 12 million under the mayor's plan was never asked.", "12 million"),
    ],
)
def test_the_undocumented_population_counts_immigrants(nlp, text, figure):
    assert "immigrants" in subject_of(nlp, text, figure).split()


@pytest.mark.parametrize(
    "text, figure, word",
    [
        ("The state sold 11 million lottery tickets last year.", "11 million", "tickets"),
        ("The firm moved 12 million of its shares to a trust on Monday.", "12 million", "shares"),
        ("The county counted 1,237 ballots by noon.", "1,237", "ballots"),
    ],
)
def test_a_standing_number_with_its_own_noun_keeps_it(nlp, text, figure, word):
    subject = subject_of(nlp, text, figure)
    assert word in subject.split()
    assert "immigrants" not in subject and "delegates" not in subject
