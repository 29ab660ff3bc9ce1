"""tspan47 (session 47): "beforehand" and "apart" after a span of time place an event.

docs/gold-conventions.md "Spans of time before or after an event": "N units before/after" that
only places an event is not a claim. "Two weeks beforehand" is "two weeks before"; "a century
apart", "born five months apart" is the gap that places two events against each other, as
"three blocks apart" places a scene. A duration stays a claim. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("You cannot show up two weeks beforehand and expect to win the county.", "two weeks"),
        ("The volunteers arrived three hours beforehand to set up the tables.", "three hours"),
        ("The sisters were born three years apart and grew up in Tulsa.", "three years"),
        ("The two floods struck more than a century apart.", "more than a century"),
        ("The two trials opened six months apart in the same courthouse.", "six months"),
    ],
)
def test_a_span_beforehand_or_apart_only_places_an_event(nlp, text, span):
    assert span not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The volunteers worked for three hours before the doors opened.", "three hours"),
        ("The sisters lived apart for six years.", "six years"),
    ],
)
def test_a_duration_near_before_or_apart_stays_a_claim(nlp, text, span):
    assert span in mention_texts(nlp, text)
