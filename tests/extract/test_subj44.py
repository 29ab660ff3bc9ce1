"""subj44 (session 36): a gap of time names what it is since or without."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, run",
    [
        ("It has been 235 days since Smith held a press conference.", "235 days", "days since"),
        ("Smith has gone 271 days without a press conference.", "271 days", "press conference"),
        (
            "Tuesday marks four weeks since Jones won the primary, forcing two rivals out.",
            "four weeks",
            "won the primary",
        ),
        (
            "In the three years since the mill closed, the town has lost 400 jobs.",
            "three years",
            "since the mill closed",
        ),
    ],
)
def test_a_gap_of_time_names_what_it_is_since_or_without(nlp, text: str, figure: str, run: str):
    assert run in subject_of(nlp, text, figure)


def test_a_span_without_a_gap_word_keeps_its_subject(nlp):
    text = "The senator has not spoken to reporters in three weeks."
    assert "since" not in subject_of(nlp, text, "three weeks")


def test_a_duration_without_something_stays_a_duration(nlp):
    text = "A former inmate said he had been held for 11 months without charge."
    assert "held" in subject_of(nlp, text, "11 months").split()
