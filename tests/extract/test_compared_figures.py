"""subj52: a figure set against the one before it by "compared to/with", named only by a phrase
of place or side ("in a similar poll", "for the former mayor"), counts what that figure counts."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, counted",
    [
        ("Forty-two percent of likely voters backed the mayor in the spring, compared to 35 "
         "percent in a similar poll last year.", "35 percent", "likely voters"),
        ("When Lind faces Ortiz, 47 percent of registered voters said they would back the "
         "senator, compared to 41 percent for the former mayor.", "41 percent",
         "registered voters"),
        ("Some 38 percent of renters approved of the levy, compared with 29 percent in the "
         "spring survey.", "29 percent", "renters"),
    ],
)  # fmt: skip
def test_compared_figure_counts_what_the_figure_before_counts(nlp, text, figure, counted):
    assert counted in subject_of(nlp, text, figure)


def test_compared_side_stays_in_the_subject(nlp):
    text = (
        "When Lind faces Ortiz, 47 percent of registered voters said they would back the "
        "senator, compared to 41 percent for the former mayor."
    )
    subject = subject_of(nlp, text, "41 percent")
    assert "registered voters" in subject and "mayor" in subject.split(), subject


@pytest.mark.parametrize(
    "text, figure, counted",
    [
        ("Just 26 percent of Democrats say they follow the race, compared with 11 percent of "
         "Republican primary voters.", "11 percent", "Republican primary voters"),
    ],
)  # fmt: skip
def test_compared_figure_with_its_own_whole_keeps_it(nlp, text, figure, counted):
    assert subject_of(nlp, text, figure) == counted


def test_compared_poll_share_keeps_its_support_for_its_side(nlp):
    text = (
        "Voters split on the economy in the survey. Now, 52 percent said Lind would be better, "
        "compared with 41 percent for Ortiz."
    )
    subject = subject_of(nlp, text, "41 percent")
    assert "Ortiz" in subject.split() and "Lind" not in subject, subject
