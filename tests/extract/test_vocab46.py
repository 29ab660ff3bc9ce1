"""Vocabulary of casualty shapes, sixth round (session 46, branch impl): the person an event leaves
in a condition ("The shooting left a man in critical condition"), an age before a "remains" the
parse reads as a noun ("A 17-year-old remains in critical condition"), a bare passive "grazed" ("A
12-year-old girl was grazed") (hurt_states.py, wound_phrases.py) and "took herself to the hospital
with a gunshot wound" (care_arrivals.py). Invented sentences in several constructions for each
shape, and parallels that count no one; docs/gold-conventions.md "Vocabulary of casualty shapes
(session 29)", gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the event as the subject, an indefinite person
        ("The shooting left a man in critical condition.", ("a man", "injured", 1)),
        # a participle after the main clause
        (
            "A gunman opened fire on the porch, leaving a woman in serious condition.",
            ("a woman", "injured", 1),
        ),
        # a definite person after a killing in the same sentence
        (
            "The gunman shot both brothers, killing the boy and leaving the teen in critical "
            "condition.",
            ("the teen", "injured", 1),
        ),
        # coordinated people
        (
            "The crash left a driver and his passenger in stable condition.",
            ("a driver and his passenger", "injured", 2),
        ),
        # an age standing for a person, spelled (person_shapes.is_person_or_age, shared with
        # misparsed_people)
        (
            "The shooting left a three-year-old in critical condition.",
            ("a three-year-old", "injured", 1),
        ),
        # the verb joined to a killing: the brother, not the gunman
        (
            "The gunman killed the boy and left his brother in critical condition.",
            ("his brother", "injured", 1),
        ),
    ],
)
def test_person_left_in_a_condition_is_hurt(nlp, text, count):
    assert count in _counts(nlp, text)


def test_who_leaves_a_person_in_a_condition_is_no_casualty(nlp):
    text = "The gunman killed the boy and left his brother in critical condition."
    assert all(c[0] != "The gunman" for c in _counts(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The storm left the house in good condition.",
        "The old owner left the building in poor condition.",
    ],
)
def test_a_thing_left_in_a_condition_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A 17-year-old remains in critical condition.", ("A 17-year-old", "injured", 1)),
        (
            "A 2-year-old remains in the hospital after being shot Monday.",
            ("A 2-year-old", "injured", 1),
        ),
        ("A 3-year-old remains hospitalized, police said.", ("A 3-year-old", "injured", 1)),
        ("A 15-year-old remains on life support.", ("A 15-year-old", "injured", 1)),
    ],
)
def test_age_before_remains_in_care_is_hurt(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # human remains: no state of care
        "The 60-year-old remains were found in the woods.",
        "Investigators said the 40-year-old remains belonged to a hiker.",
    ],
)
def test_remains_found_count_no_one_hurt(nlp, text):
    assert all(c[1] != "injured" for c in _counts(nlp, text))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A 12-year-old girl was grazed.", ("A 12-year-old girl", "shot", 1)),
        ("A second man was grazed in the shooting.", ("man", "shot", 1)),
        ("Police said a bystander was grazed on the arm.", ("a bystander", "shot", 1)),
        (
            "A woman was grazed and a man was shot dead outside the bar.",
            ("A woman", "shot", 1),
        ),
    ],
)
def test_bare_passive_grazed_is_shot(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A cyclist was grazed by a passing car.",
        "The cattle grazed in the field behind the house.",
        "His arm was grazed.",
    ],
)
def test_grazed_by_other_than_gunfire_or_no_person_grazed_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "A woman took herself to the hospital with a gunshot wound.",
            ("A woman", "injured", 1),
        ),
        (
            "A third victim took himself to Mercy Hospital with a gunshot wound to the leg.",
            ("victim", "injured", 1),
        ),
        (
            "Police said a 20-year-old man later took himself to a hospital with gunshot wounds.",
            ("a 20-year-old man", "injured", 1),
        ),
    ],
)
def test_took_self_to_care_with_a_wound_is_hurt(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # who takes someone else is no casualty
        "Officers took the suspect to the hospital with a gunshot wound.",
        # no wound
        "The mayor took herself to the hospital with a gift for the nurses.",
    ],
)
def test_took_another_or_no_wound_to_care_counts_not_the_taker(nlp, text):
    assert all(c[0] not in ("Officers", "The mayor") for c in _counts(nlp, text))
