"""A span of working or business days ("within 12 working days", "nine business days") is a
span of time like "12 days", with "working" between the number and its unit as "straight" is
in "14 straight years" (dates_times.duration_modifier_len). Invented sentences; gold README
"Multipliers and spans of time", conventions "Spans of time" (a deadline a body is given)."""

from __future__ import annotations

import pytest

from factcheck.model import Approx
from tests.conftest import find_mention, mention_texts


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The inquiry was ordered to report within 12 working days.", "within 12 working days"),
        (
            "The tribunal must rule within nine business days of the filing.",
            "within nine business days",
        ),
        (
            "Ministers gave the panel five working days to deliver its findings.",
            "five working days",
        ),
    ],
)
def test_span_of_working_days_is_a_claim_with_its_unit(nlp, text, claim):
    assert claim in mention_texts(nlp, text)


def test_within_working_days_is_an_upper_bound(nlp):
    _, mention = find_mention(nlp, "The board must answer within 20 working days.", "20")
    assert mention.approx is Approx.UPPER_BOUND


def test_working_days_are_no_date(nlp):
    text = "The inquiry was ordered to report within 12 working days."
    assert mention_texts(nlp, text, claims=False) == []
