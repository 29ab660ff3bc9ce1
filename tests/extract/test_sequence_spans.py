"""notclaim55 (session 55): a count of events before "later", "earlier" or "ago" that closes
its phrase places an event along a sequence, as "two years later" does ("Six stops later, the
bus reached the town", "That was two elections ago."): not a claim; "Five people later died"
counts the people. Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Six stops later, the candidate's bus reached the river town.", "Six"),
        ("Three innings later, the Hawks had tied the game.", "Three"),
        ("The seat was safe for the party just two elections ago.", "two"),
    ],
)  # fmt: skip
def test_count_of_events_that_places_another_is_not_a_claim(nlp, text, figure):
    assert figure not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Five people later died of their wounds, police said.", "Five"),
        ("Two years later, 40 families had moved back.", "40"),
    ],
)  # fmt: skip
def test_count_that_a_verb_is_about_stays_a_claim(nlp, text, figure):
    assert figure in mention_texts(nlp, text)
