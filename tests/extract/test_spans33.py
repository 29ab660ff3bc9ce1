"""spans33 (session 26): a range of time with its unit after the upper figure only.

Gold README, "Span": the number with its qualifier and unit; "between X and Y", "X to Y" are a
range (the tuning golds write "X or Y" as one too). "for six or seven months" was cut to "seven
months" (the bare "six" read as a date); "three or four months ago" kept a bare "three" as a
count. Invented sentences.
"""

from __future__ import annotations

import pytest

from factcheck.model import Approx
from tests.conftest import find_mention, mention_texts


@pytest.mark.parametrize(
    "text, claims",
    [
        ("The governor has been courting donors for five or six months.", ["five or six months"]),
        ("The council says the repairs will take two to three weeks.", ["two to three weeks"]),
        ("Crews needed a good 20 to 25 minutes to reach the bridge.", ["20 to 25 minutes"]),
        ("The lease will run for another three to eight years.", ["three to eight years"]),
    ],
)
def test_range_of_time_spans_both_figures(nlp, text, claims):
    assert mention_texts(nlp, text) == claims


def test_range_of_time_reads_low_and_high(nlp):
    _, mention = find_mention(
        nlp, "The governor has been courting donors for five or six months.", "five or six months"
    )
    assert mention.approx is Approx.RANGE
    assert mention.high is not None


@pytest.mark.parametrize(
    "text",
    [
        "The mayor called the chief three or four months ago about the budget.",
        "The report was drafted six to eight weeks ago.",
        "The vote is two or three months from now.",
    ],
)
def test_range_of_time_that_places_an_event_is_no_claim(nlp, text):
    assert mention_texts(nlp, text) == []


def test_change_from_one_span_to_another_is_not_a_range(nlp):
    assert "three" not in mention_texts(
        nlp, "Staff have contracts lasting from three to six months."
    )


@pytest.mark.parametrize(
    "text, claims",
    [
        ("It has been three months since the council passed a budget.", ["three months"]),
        (
            "The clinic has treated 900 patients in the 48 hours since the storm.",
            ["900", "48 hours"],
        ),
        ("In the two years since the plant closed, the town has lost shops.", ["two years"]),
        ("She has kept the promise for the 12 years since then.", ["12 years"]),
    ],
)
def test_span_of_time_before_since_is_a_gap_or_window(nlp, text, claims):
    assert mention_texts(nlp, text) == claims


@pytest.mark.parametrize(
    "text",
    [
        "The mayor resigned three months after the audit.",
        "The suspect was caught two days later.",
    ],
)
def test_span_placing_an_event_stays_no_claim(nlp, text):
    assert mention_texts(nlp, text) == []
