"""fp44 (session 36): a pair named again with its own modifiers ("the two Democratic
candidates", "their two leading candidates", "the two warring campaigns") and the pair nouns
party, campaign, camp and side are no count; a modifier that picks a new set keeps the count.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text",
    [
        "Ortiz and Kemper debated in Toledo. The two Democratic candidates differ on trade.",
        "Polls show Ortiz and Kemper tied. Voters dislike their two leading candidates.",
        "Ortiz attacked Kemper again. Aides tried to make peace between the two warring campaigns.",
        "Ortiz and Kemper met the press. The two major party nominees spoke for an hour.",
        "Aides to Ortiz and Kemper met on Friday. The two campaigns agreed to three debates.",
        "Ortiz and Kemper made up. The two camps will share a stage in May.",
        "The mediator said the two sides would meet again in the spring.",
        "Voters are tired of the two parties, Ortiz said.",
    ],
)
def test_a_pair_named_again_is_no_count(nlp, text):
    assert "two" in mention_texts(nlp, text, claims=False)
    assert "two" not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The two leading candidates met in Denver.",
        "Ortiz won Iowa and Kemper won Ohio. Now the two other candidates must decide.",
        "Ortiz and Kemper split the vote. Carter took the last two contests.",
        "Ortiz and Kemper spoke. His two presidential campaigns cost $40 million.",
    ],
)
def test_a_pair_that_is_counted_stays_a_claim(nlp, text):
    assert "two" in mention_texts(nlp, text)
