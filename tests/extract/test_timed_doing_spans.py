"""money (session 42): a span of time that is the object of a verb of doing ("waited another 25
minutes", "work more than 40 hours", "travel nearly three hours") measures how long the doing
went on, and the verb names it (gold README "subject"; spans of time)."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, doing",
    [
        ("The clerk said she had to wait another 25 minutes for the forms.", "25 minutes",
         "wait"),
        ("Under the rule, staff who work more than 50 hours in a week get extra pay.",
         "more than 50 hours", "work"),
        ("After the debate, Ortiz must travel nearly four hours to reach the rally.",
         "nearly four hours", "travel"),
        ("Residents drive 90 minutes to the nearest clinic.", "90 minutes", "drive"),
        ("The pilgrims walk six days to reach the shrine.", "six days", "walk"),
    ],
)  # fmt: skip
def test_time_object_of_a_doing_verb_is_named_by_the_verb(nlp, text, figure, doing):
    subject = subject_of(nlp, text, figure)
    assert doing in subject.split(), subject
