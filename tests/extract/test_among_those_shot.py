""" "X was among those shot": the tagger makes "shot" after "those" a noun, the group itself
(casualty_groups.py, lexicon THOSE_CASUALTY_WORDS, session 53); the person placed among them
is counted as among "those killed" is (realgold5, realgold12, realgold14 golds). Invented
sentences."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A 17-year-old was among those shot.", ("A 17-year-old", "shot", 1)),
        ("A 17-year-old boy was among those shot.", ("A 17-year-old boy", "shot", 1)),
        ("Her cousin was among those shot.", ("Her cousin", "shot", 1)),
    ],
)
def test_a_person_among_those_shot_is_shot(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["He was among those who shot at police.", "She was among those shot down in the vote."],
)
def test_among_those_who_did_or_were_voted_down_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
