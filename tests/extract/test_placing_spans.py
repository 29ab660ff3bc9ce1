"""nc63a (session 63): "N years on," and "N years back," place an event in time as "N years later"
and "N years ago" do. Invented texts.

Gold README: spans of time that only place an event in time are not claims.
docs/gold-conventions.md "Spans of time before or after an event".
"""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Seven decades on, the town still mourns its dead.", "Seven decades"),
        ("The museum reopened five decades on.", "five decades"),
        ("Two years on, little has changed in the valley.", "Two years"),
        ("About five years back, the rules changed.", "About five years"),
    ],
)
def test_span_closed_by_on_or_back_places_an_event(nlp, text, figure):
    assert figure not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("They spent two weeks on the road.", "two weeks"),
        ("He has been three days on a hunger strike.", "three days"),
        ("They sent him back for two weeks.", "two weeks"),
    ],
)
def test_span_spent_on_something_stays_a_claim(nlp, text, figure):
    assert figure in mention_texts(nlp, text)
