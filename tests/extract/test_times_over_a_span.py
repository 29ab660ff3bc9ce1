"""A count of times and the span it is counted over are two claims, not a share (branch numw55,
session 55). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


@pytest.mark.parametrize(
    ("text", "count", "span"),
    [
        ("The mayor visited the plant twice in three days.", "twice", "three days"),
        ("The levy has failed twice in 10 years.", "twice", "10 years"),
        ("The board has met once in four weeks.", "once", "four weeks"),
        ("The bridge closed two in three years, the report said.", "two", "three years"),
    ],
)
def test_count_of_times_in_a_span_is_two_claims(nlp, text, count, span):
    texts = {c.text: c for c in claims_of(nlp, text)}
    assert texts[count].unit != "share"
    assert span in texts


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Two in three residents back the levy.", "Two in three"),
        ("One in five drivers was ticketed.", "One in five"),
    ],
)
def test_part_in_a_whole_of_people_stays_a_share(nlp, text, share):
    texts = {c.text: c for c in claims_of(nlp, text)}
    assert texts[share].unit == "share"
