"""spans32 (session 25): a span of time held by "for" lasts, even with "after"/"before" next.

docs/gold-conventions.md "Spans of time before or after an event": how long something lasted is
a claim ("banned for six weeks"); "N units after/before" alone only places an event. Invented
sentences.
"""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, claims",
    [
        (
            "The anchor was taken off the air for three weeks after mocking the mayor.",
            ["three weeks"],
        ),
        (
            "Ms. Ortiz taught school for nearly 12 years after leaving the Senate.",
            ["nearly 12 years"],
        ),
        (
            "The crowd chanted for more than a minute before guards cleared the hall.",
            ["more than a minute"],
        ),
        ("The council debated the budget for six hours before the vote.", ["six hours"]),
    ],
)
def test_span_held_by_for_is_a_duration_despite_after_or_before(nlp, text, claims):
    assert mention_texts(nlp, text) == claims


@pytest.mark.parametrize(
    "text",
    [
        "The anchor was taken off the air three weeks after mocking the mayor.",
        "Polls closed six hours before the count began.",
        "The bill passed two days after the hearing.",
    ],
)
def test_span_without_for_still_places_an_event(nlp, text):
    assert mention_texts(nlp, text) == []
