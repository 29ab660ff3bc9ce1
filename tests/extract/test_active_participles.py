"""A past participle that acts on an object is counted like a past tense (active_participles.py):
a perfect ("police said he had shot his wife") or a past tense the parse tags VBN. Invented
sentences; gold README "Implied counts" (the person a casualty verb says was shot or killed)."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Police said the man had shot his wife before fleeing.", ("his wife", "shot", 1)),
        (
            "Detectives said the teen had shot Tom Ruiz in the back.",
            ("Tom Ruiz", "shot", 1),
        ),
        (
            "Police said the suspect had stabbed Dale Wicks during the robbery.",
            ("Dale Wicks", "injured", 1),
        ),
        (
            "Investigators said the shooter killed Ann Lee and wounded her neighbor.",
            ("Ann Lee", "killed", 1),
        ),
    ],
)
def test_the_object_of_a_perfect_casualty_verb_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the perfect's subject did the shooting; its passive counts the subject
        ("Police said the man had shot his wife before fleeing.", "the man"),
        # a perfect with no object counts nobody it acts on
        ("The gunman had shot at the house before driving off.", "house"),
        # a perfect under a modal is what did not happen
        ("Tom Ruiz told police he would have shot his father, too.", "his father"),
    ],
)
def test_a_perfect_counts_no_doer_no_place_and_nothing_unreal(nlp, text, word):
    assert not any(word in t for t, _, _ in _counts(nlp, text))
