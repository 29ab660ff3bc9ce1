"""A number before "of the most badly burned", "of the most seriously hurt" counts the worst-hurt
people (the participle is the group's head), not "one of the largest" idiom of a ranked set
(superlative_idioms.py). Invented sentences; gold README, idioms and casualty counts."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Six of the most badly injured were flown to the burns unit.", "Six"),
        ("Rescuers carried four of the most seriously hurt down the slope.", "four"),
        ("Doctors said three of the most critically wounded remained in surgery.", "three"),
    ],
)
def test_number_of_the_worst_hurt_is_a_claim(nlp, text, claim):
    assert claim in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "not_claim"),
    [
        ("Two of the biggest lenders raised their rates.", "Two"),
        ("It was one of the most badly run contests in memory.", "one"),
        ("Three of the most widely read papers ran the story.", "Three"),
    ],
)
def test_number_of_a_ranked_set_stays_an_idiom(nlp, text, not_claim):
    assert not_claim in mention_texts(nlp, text, claims=False)
