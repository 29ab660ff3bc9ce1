"""Implied counts of session 26 (branch implied33): people a shot strikes, told by a clause of
the firing (impact_clauses.py); invented sentences, gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a participle clause on "opened fire", killed where "fatally" says so; the figured
        # passengers are a claim of their own
        (
            "A man walked up to the pickup and opened fire, fatally striking the female driver "
            "and three male passengers, Sgt. Ray Dunn said.",
            ("the female driver", "killed", 1),
        ),
        # an absolute clause hung on the shot itself
        (
            "Officers say the boy picked up the pistol and shot himself in the hand, the same "
            "round hitting his father in the arm.",
            ("his father", "shot", 1),
        ),
        # a participle clause on "fired"
        (
            "The gunman fired three times from the alley, hitting a bystander outside the diner.",
            ("a bystander", "shot", 1),
        ),
    ],
)
def test_a_shot_striking_people_in_a_clause_of_the_firing_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # no firing: a car that strikes things
        "The van kept rolling backward down the lot, hitting two parked cars and a fence.",
        # no person struck
        "The deputy fired twice, hitting the tires of the stolen truck.",
    ],
)
def test_an_impact_with_no_shot_or_no_person_is_not_counted(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a headline's object of "slaying"
        (
            "Father accused of slaying daughter and stepson held without bail",
            ("daughter and stepson", "killed", 2),
        ),
        # a relative clause's passive "murdered"
        (
            "It is hard to find a 15-month-old that has been murdered, the sheriff said.",
            ("a 15-month-old", "killed", 1),
        ),
        # an active "murdered" with a name as its object
        (
            "His mother said the man who murdered Dwayne should never walk free.",
            ("Dwayne", "killed", 1),
        ),
    ],
)
def test_murder_and_slay_say_a_killing(nlp, text, count):
    assert count in _counts(nlp, text)


def test_a_murder_that_did_not_happen_is_not_counted(nlp):
    # a hope or a duty, not an event ("no child deserves to be murdered")
    assert _counts(nlp, "No 9-year-old boy deserves to be murdered in his own bedroom.") == []
