"""A singular noun after "the" followed by "or two" is as vague as after "a": "the issue or two
on which they agree" counts nothing (gold README, vague amounts); a number with its own noun
after "or" still counts. Invented texts; or_two.py."""

from __future__ import annotations

from tests.conftest import mention_texts


def test_the_noun_or_two_is_a_vague_amount(nlp):
    text = "The rivals agree on little beyond the narrow question or two of farm policy.\n"
    assert "two" in mention_texts(nlp, text, claims=False)
    assert mention_texts(nlp, text) == []


def test_the_day_or_two_before_a_vote_is_not_counted(nlp):
    text = "Candidates often change their message in the day or two before the vote.\n"
    assert mention_texts(nlp, text) == []


def test_a_number_counting_its_own_noun_after_or_is_kept(nlp):
    text = "Officers found the rifle or two pistols in the trunk of the car.\n"
    assert "two" in mention_texts(nlp, text)
