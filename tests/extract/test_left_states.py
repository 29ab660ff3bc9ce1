"""A harm that leaves a person in a lasting state (session 54, branch impl54c, left_states.py):
"left paralyzed" amid gunfire is 1 injured, as "left a man critically injured"; "left a passerby
wounded" counts where the parse hangs "wounded" on the verb. Invented sentences; paralysis with no
gunfire told, a group or a pronoun count no one (docs/gold-conventions.md "Vocabulary of casualty
shapes (session 29)", gold README "Implied counts")."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # active, the event as subject
        ("The shooting left a man paralyzed.", ("a man", "injured", 1)),
        # passive, gunfire after the verb
        ("A teen was left paralyzed after the shooting.", ("A teen", "injured", 1)),
        # gunfire in a coordinated clause
        ("Shots were fired and a woman was left paralyzed.", ("a woman", "injured", 1)),
        # gunfire in the sentence before
        (
            "Someone fired into the car on Elm Street. A passenger was left paralyzed.",
            ("A passenger", "injured", 1),
        ),
        # "wounded" the parse hangs on the verb
        ("The shooting left a passerby wounded.", ("a passerby", "injured", 1)),
    ],
)
def test_left_in_hurt_state_counts_one(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The crash left a man paralyzed.",
        "A fall from a ladder left a worker paralyzed.",
        "The strike left the city paralyzed.",
        "The news left a voter paralyzed with fear.",
    ],
)
def test_paralysis_without_gunfire_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
