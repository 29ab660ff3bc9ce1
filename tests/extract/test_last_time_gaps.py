"""A span before "ago" that dates the last time something happened is a gap, a claim; a span
that only places an event stays a date (docs/gold-conventions.md "Spans of time": "the last
strike came 25 years ago"; branch num54, session 54). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The last strike at the ferry terminal came 25 years ago, the union said.", "25 years"),
        ("The last time the creek flooded the mill was 40 years ago.", "40 years"),
        ("Voters in the township last approved a school levy 12 years ago.", "12 years"),
        ("The village's last murder was nearly a decade ago.", "nearly a decade"),
    ],
)  # fmt: skip
def test_span_dating_the_last_time_is_a_gap(nlp, text, figure):
    assert figure in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Two years ago, the council voted to close the branch library.", "Two years"),
        ("The last of the four suspects was arrested two days ago.", "two days"),
        ("The bakery opened six months ago on Front Street.", "six months"),
    ],
)  # fmt: skip
def test_span_that_only_places_an_event_stays_a_date(nlp, text, figure):
    assert figure in mention_texts(nlp, text, claims=False)
