"""tspan47 (session 47): "apart" after a span of time places two events against each other.

docs/gold-conventions.md "Spans of time before or after an event": "N units before/after" that
only places an event is not a claim. "A century apart", "born five months apart" is the gap
that places two events against each other, as "three blocks apart" places a scene. Invented
sentences.
"""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The sisters were born three years apart and grew up in Tulsa.", "three years"),
        ("The two floods struck more than a century apart.", "more than a century"),
        ("The two trials opened six months apart in the same courthouse.", "six months"),
    ],
)
def test_a_span_apart_only_places_two_events(nlp, text, span):
    assert span not in mention_texts(nlp, text)
