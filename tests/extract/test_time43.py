"""time43 (session 35): a span of time in which a future event comes only places it.

docs/gold-conventions.md "Spans of time before or after an event": "two months away" places an
event looking forward; so does "in two weeks" on a verb that looks forward, unless the span is
the window of another figure in its clause, looks back, belongs to a past verb, or is the
deadline of a promise or forecast someone is reported making. Invented
sentences.
"""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text",
    [
        "The county council will vote on the zoning plan in two weeks.",
        "The state's spring primaries begin in three weeks.",
        "The board would decide in six months whether to renew the lease.",
        "The new ads will air across the state over the next two months.",
        "Passing such a bill may not be possible in the next two years.",
        "The winner would be able to build a big lead over the next six weeks.",
        "The senator is not going to straighten it out over the next four years.",
    ],
)
def test_span_of_a_future_event_only_places_it(nlp, text):
    assert mention_texts(nlp, text) == []


@pytest.mark.parametrize(
    "text, claims",
    [
        (
            "The tax would raise $40 billion over the next five years.",
            ["$40 billion", "five years"],
        ),
        ("The fleet sank the enemy's navy in 48 hours.", ["48 hours"]),
        ("He hasn't visited the website in six months.", ["six months"]),
        ("Unemployment is at its lowest level in 13 years.", ["13 years"]),
        ("The video lays out the whole case in just five minutes.", ["five minutes"]),
        ("The mayor said she would fix the bridge in six months.", ["six months"]),
        ('"We will balance the budget in two years," the governor told reporters.', ["two years"]),
    ],
)
def test_window_past_or_record_span_stays_a_claim(nlp, text, claims):
    assert mention_texts(nlp, text) == claims
