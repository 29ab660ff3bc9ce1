"""notclaim55 (session 55): a span before "ago" or "before" that dates the event a record or a
first is counted from ("its lowest level since the mill closed eight years ago" = its lowest in
eight years) is a gap, a claim (gold README "Multipliers and spans of time": "the slowest rate
in 13 years"); a span that only places an event after "since" stays a date. Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Jobless claims fell to their lowest level since the mill closed eight years ago.", "eight years"),
        ("It was the first time since the strike 20 years ago that the ferry stopped.", "20 years"),
        ("Turnout was the highest since the levy passed 44 years before.", "44 years"),
        ("No Democrat has carried the county since 1988, 28 years ago.", "28 years"),
        ("It was the largest crowd since the bishop's visit a decade ago.", "a decade"),
    ],
)  # fmt: skip
def test_span_dating_what_a_record_counts_from_is_a_gap(nlp, text, figure):
    assert figure in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Complaints have piled up since the new rules took effect two years ago.", "two years"),
        ("She has lived with her aunt since her father moved away about a year ago.", "a year"),
        ("Since the flood three weeks ago, the bridge has been closed.", "three weeks"),
    ],
)  # fmt: skip
def test_span_after_since_that_only_places_an_event_stays_a_date(nlp, text, figure):
    assert figure in mention_texts(nlp, text, claims=False)
