"""A relative clause's "who" is the person it stands for, wherever the parse hangs the clause
(relative_people.py); invented sentences, gold README "Implied counts" ("a girl who was fatally
shot")."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts
from factcheck.extract.implied.relative_people import relative_person


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "There was also a man in the car who was taken to the hospital with minor injuries.",
            ("a man", "injured", 1),
        ),
        (
            '"There was a woman in the truck who was transported to the hospital with '
            'non-life-threatening injuries," the chief said.',
            ("a woman", "injured", 1),
        ),
        (
            "Deputies found a girl in the bedroom who had been shot in the head.",
            ("a girl", "shot", 1),
        ),
    ],
)
def test_who_on_a_place_counts_the_person_whose_phrase_holds_it(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("There was also a man in the car who was taken to the hospital.", "man"),
        ("Deputies found a girl in the bedroom who had been shot in the head.", "girl"),
    ],
)
def test_who_stands_for_a_person_not_the_thing_before_it(nlp, text, word):
    doc = nlp(text)
    clause = next(t for t in doc if t.dep_ == "relcl")
    assert relative_person(clause).lower_ == word


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The bullet went through the window of a house which was empty at the time.", "house"),
        ("The shots hit the door of a house that was empty.", "house"),
    ],
)
def test_which_and_that_keep_the_thing_the_parse_gives(nlp, text, word):
    doc = nlp(text)
    clause = next(t for t in doc if t.dep_ == "relcl")
    assert relative_person(clause).lower_ == word
