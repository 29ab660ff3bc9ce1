"""Implied casualty counts name their victims by many words and shapes (session 36, branch
impl44p): the invented challenge sentences of ``challenge_impl44p.py`` (an occupation, a rank,
kin, a life stage, a religious, school or sport role, an age or a name beside an unlisted noun,
a compound on a person ending) and its negatives (animals, things, organisations). Gold README
"Implied counts"; person_nouns.py, person_shapes.py."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts
from tests.extract.challenge_impl44p import CHALLENGE, NEGATIVES

# recall on the challenge set at impl44p (108 of 109; at 0.33.0 it was 19 of 109)
_RECALL_FLOOR = 0.98


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


def test_challenge_victims_are_counted_by_many_words(nlp):
    found = [
        (span, measure, value) in _counts(nlp, text) for text, span, measure, value in CHALLENGE
    ]
    assert sum(found) / len(found) >= _RECALL_FLOOR


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A jogger was shot and killed on the trail.", ("A jogger", "killed", 1)),
        ("An inmate was stabbed in the prison yard.", ("An inmate", "injured", 1)),
        ("A deacon died after being shot outside the church.", ("A deacon", "killed", 1)),
        ("A retiree was shot and killed in his driveway.", ("A retiree", "killed", 1)),
    ],
)
def test_listed_person_word_is_a_casualty(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # an age on a noun no list holds
        ("A 41-year-old sommelier was shot and killed.", ("A 41-year-old sommelier", "killed", 1)),
        ("A chiropractor, 47, was shot and killed.", ("A chiropractor", "killed", 1)),
        # a name beside it
        ("The beekeeper, Carl Hess, was stabbed to death.", ("The beekeeper", "killed", 1)),
        # a first and last name with an age, the tagger's label a place's
        ("Jamal Washington, 22, was shot and killed.", ("Jamal Washington", "killed", 1)),
        # a compound on a person ending
        ("A repairman was shot and killed on Elm Street.", ("A repairman", "killed", 1)),
    ],
)
def test_person_shape_without_a_list_is_a_casualty(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_animals_things_and_bodies_are_no_casualty(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A 12-year-old dog was shot and killed by an officer.",
        "A 100-year-old church was hit by gunfire overnight.",
        "A 20-year-old program was killed by the council.",
        # a team with a number is no aged name
        "The Tampa Bay Buccaneers, 24, were killed by the Saints.",
    ],
)
def test_aged_thing_is_no_casualty(nlp, text):
    assert _counts(nlp, text) == []
