"""wsubj71b: a span "in N years" measured against a record the clause's predicate names ("it
was the deadliest ferry disaster in the region in more than a decade") has the record as its
subject (gold README, "the slowest rate in 13 years"), not the unit or the clause's subject."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, words",
    [
        (
            "The sinking was the deadliest ferry disaster on the lake in more than a decade.",
            "more than a decade",
            {"deadliest", "ferry", "disaster"},
        ),
        (
            "It was the most serious shelling between the rival militias in almost three years.",
            "almost three years",
            {"most", "serious", "shelling"},
        ),
        (
            "Inspectors called it the largest tax fraud case in the province in two decades.",
            "two decades",
            {"largest", "tax", "fraud", "case"},
        ),
    ],
)
def test_a_span_after_a_record_predicate_is_named_by_the_record(
    nlp, text: str, figure: str, words: set[str]
):
    subject = subject_of(nlp, text, figure)
    assert words <= set(subject.split()), subject


def test_the_most_of_a_measured_stuff_names_the_span(nlp):
    text = "The town received 280 millimeters of snow, the most in a single day in four decades."
    assert subject_of(nlp, text, "four decades") == "most snow"


def test_an_owner_before_the_record_is_left_out(nlp):
    text = "Officials said it was the province's deadliest bus crash in more than six years."
    subject = subject_of(nlp, text, "more than six years")
    assert "'s" not in subject.split() and "deadliest" in subject.split(), subject


def test_a_window_in_the_past_weeks_is_not_a_record_stretch(nlp):
    text = "The rebels fired 30 rockets in the past two weeks, the most intense burst since May."
    assert "most" not in subject_of(nlp, text, "two weeks").split()
