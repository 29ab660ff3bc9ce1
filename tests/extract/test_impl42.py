"""Implied counts missed in local shooting news (session 34, branch impl42): a person who comes
to care "with a gunshot wound" where the parse hangs "with" on the place of care
(care_arrivals.py); a reduced relative of harm the parse reads as a clause of its own
(misread_relatives.py); a person owned by a relative "whose" ("Ann Lee, whose son was killed";
implied_people.py). Invented sentences; gold README "Implied counts"; docs/gold-conventions.md
"Vocabulary of casualty shapes"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man showed up at a hospital with a gunshot wound.", ("A man", "injured", 1)),
        ("A woman went to a hospital with a gunshot wound.", ("A woman", "injured", 1)),
        ("A man was dropped off at a hospital with a gunshot wound.", ("A man", "injured", 1)),
        ("A man checked into a hospital with a gunshot wound.", ("A man", "injured", 1)),
        ("A man drove himself to the hospital with a gunshot wound.", ("A man", "injured", 1)),
        (
            "A man turned up at an emergency room with a gunshot wound.",
            ("A man", "injured", 1),
        ),
        (
            "A 17-year-old came to Mercy Hospital with a gunshot wound to the leg.",
            ("A 17-year-old", "injured", 1),
        ),
        (
            "Friends dropped off a teenager at the hospital with gunshot wounds.",
            ("a teenager", "injured", 1),
        ),
    ],
)
def test_person_who_comes_to_care_with_a_gunshot_wound_is_injured(nlp, text, count):
    assert count in _counts(nlp, text)


def test_driver_who_brings_a_wounded_person_to_care_is_not_counted(nlp):
    counts = _counts(nlp, "A friend drove the victim to the hospital with a gunshot wound.")
    assert ("the victim", "injured", 1) in counts
    assert not any(text == "A friend" for text, _, _ in counts)


@pytest.mark.parametrize(
    "text",
    [
        "A man went to a hospital with his mother.",
        "A man went to the hospital with a gun.",
        "The mayor went to the hospital with a bouquet.",
    ],
)
def test_coming_to_care_without_a_wound_is_no_casualty(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Police are investigating. The teen shot in the leg is in stable condition.",
            ("The teen", "shot", 1),
        ),
        (
            "Police are investigating. The man shot Tuesday died Wednesday.",
            ("The man", "killed", 1),
        ),
        (
            "Police are investigating. The woman wounded in the shooting is expected to survive.",
            ("The woman", "injured", 1),
        ),
        (
            "Police are investigating. The 16-year-old shot on Elm Street is recovering.",
            ("The 16-year-old", "shot", 1),
        ),
    ],
)
def test_person_a_misread_reduced_relative_says_was_harmed_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "shooter"),
    [
        ("Police are investigating. The man shot his wife on Tuesday.", "The man"),
        ("Police are investigating. The officer shot the suspect.", "The officer"),
    ],
)
def test_shooter_of_an_active_clause_is_not_counted(nlp, text, shooter):
    assert not any(found == shooter for found, _, _ in _counts(nlp, text))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Ann Lee, whose son Tom was killed in the attack, spoke on Monday.", ("son", "killed", 1)),
        ("The man whose brother was shot last year spoke at the rally.", ("brother", "shot", 1)),
        ("They met a family whose father had died in the crash.", ("father", "killed", 1)),
        (
            "The coach, whose 9-year-old daughter was wounded, asked for calm.",
            ("9-year-old daughter", "injured", 1),
        ),
    ],
)
def test_person_owned_by_whose_is_counted_without_the_relative(nlp, text, count):
    assert count in _counts(nlp, text)


def test_whose_with_a_plural_owned_noun_is_no_count(nlp):
    assert _counts(nlp, "The town, whose residents were injured in the flood, asked for aid.") == []
