"""notclaim55 (session 55): a span that looks forward to an event places it, as "two months
away" does: "three weeks out from the election", "two weeks from Tuesday", "with two weeks to go
before the primary", "with 10 minutes left" (docs/gold-conventions.md "Spans of time before or
after an event"); the time someone has left ("he has two weeks left in office") stays a claim.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Three weeks out from the election, the levy vote is tight.", "Three weeks"),
        ("The runoff comes two weeks from Tuesday, the clerk said.", "two weeks"),
        ("With two weeks to go before the primary, Ortiz leads the field.", "two weeks"),
        ("With just 10 minutes left, the Hawks scored again.", "10 minutes"),
    ],
)  # fmt: skip
def test_span_looking_forward_to_an_event_places_it(nlp, text, figure):
    assert figure in mention_texts(nlp, text, claims=False)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The mayor has two weeks left in office, aides said.", "two weeks"),
        ("The council has 18 months remaining in its term.", "18 months"),
    ],
)  # fmt: skip
def test_time_someone_has_left_stays_a_claim(nlp, text, figure):
    assert figure in mention_texts(nlp, text)
