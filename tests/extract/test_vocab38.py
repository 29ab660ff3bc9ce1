"""Vocabulary of casualty shapes, third round (session 30, branch vocab38): "fighting for his life"
(a person critically hurt), a trailing "dead" that the parse hangs on the last person of a
coordinated object ("found a man and a woman dead"), and two passive subjects of a hospital verb
that the parse does not join ("Both the suspect and the child were taken to a hospital")
(hurt_states.py, misparsed_people.py). Invented sentences in several constructions for each shape,
and parallels that count no one or keep the count the parse gave; docs/gold-conventions.md
"Vocabulary of casualty shapes (session 29)", gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # an age standing for the person, after a shooting
        (
            "A four-year-old is fighting for her life after a shooting on Oak Street.",
            ("A four-year-old", "injured", 1),
        ),
        # a person noun, the past progressive, a shooting told after it
        (
            "A cashier was fighting for his life Monday after he was shot during a robbery.",
            ("A cashier", "injured", 1),
        ),
        # a name with a title
        (
            "Deputy Carla Voss is fighting for her life at County General Hospital.",
            ("Deputy Carla Voss", "injured", 1),
        ),
        # passive "was left fighting for his life"
        ("A cyclist was left fighting for his life after the crash.", ("A cyclist", "injured", 1)),
        # coordinated people, "their lives"
        (
            "A mother and her son are fighting for their lives after the fire.",
            ("A mother and her son", "injured", 2),
        ),
        # "battling for his life"
        ("A teen is battling for his life after being stabbed.", ("A teen", "injured", 1)),
    ],
)
def test_fighting_for_life_is_a_person_hurt(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a career, a company, a team, a cause: no casualty
        "The senator is fighting for his political life after the scandal.",
        "The factory is fighting for its life as orders dry up.",
        "The coach said the team was fighting for its life in the standings.",
        "She has spent years fighting for the life of the old theater.",
        # modal or negated
        "Doctors said the man may be fighting for his life for weeks.",
        "The boy is not fighting for his life, his mother said.",
    ],
)
def test_fighting_for_something_else_counts_no_one(nlp, text):
    assert [c for c in _counts(nlp, text) if c[1] == "injured"] == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # "found" with two indefinite people
        (
            "Officers found a man and a woman dead inside the apartment.",
            ("a man and a woman", "killed", 2),
        ),
        # "left" with names and ages between commas
        (
            "The attack left Dana Pruitt, 44, and Owen Pruitt, 9, dead.",
            ("Dana Pruitt, 44, and Owen Pruitt", "killed", 2),
        ),
        # "both dead" between commas
        (
            "Police found a woman and a man, both dead, in a parked car.",
            ("a woman and a man", "killed", 2),
        ),
        # two person nouns of work
        (
            "Deputies found a teacher and a student dead near the school.",
            ("a teacher and a student", "killed", 2),
        ),
    ],
)
def test_a_trailing_dead_counts_every_person_of_the_object(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the second person has a state of its own
        ("Police found a man dead and a woman wounded.", ("a man", "killed", 1)),
        # one person
        ("Officers found a man dead inside the apartment.", ("a man", "killed", 1)),
        # a figure in the coordination is its own claim (realgold10 writes "two" and "a woman")
        ("Officers found two men and a woman dead in the house.", ("a woman", "killed", 1)),
        # a state on the first person, the next one hurt
        ("The blast left a farmer dead and his neighbour hurt.", ("a farmer", "killed", 1)),
    ],
)
def test_a_dead_said_of_one_person_keeps_that_count(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Both the suspect and the minor child were transported to a local hospital.",
            ("Both the suspect and the minor child", "injured", 2),
        ),
        (
            "Both the clerk and the customer were taken to Mercy Hospital, police said.",
            ("Both the clerk and the customer", "injured", 2),
        ),
        (
            "The driver and the passenger were rushed to a hospital.",
            ("The driver and the passenger", "injured", 2),
        ),
    ],
)
def test_two_passive_subjects_of_a_hospital_verb_are_both_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a visit, not care of the hurt
        "Both the mayor and the chief were taken to the hospital opening by bus.",
        # one person
        "The suspect was taken to a hospital, and the child went home.",
    ],
)
def test_a_hospital_verb_does_not_add_a_second_person_it_does_not_have(nlp, text):
    assert not any(c[2] == 2 for c in _counts(nlp, text))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # "found", an indefinite age
        ("Police found a 22-year-old dead inside a parked car.", ("22-year-old", "killed", 1)),
        # "left"
        ("The crash left a 19-year-old dead.", ("19-year-old", "killed", 1)),
        # two ages coordinated, then a third person with a wound
        (
            "Deputies found the 14-year-old and 8-year-old dead and the 17-year-old with a "
            "gunshot wound.",
            ("14-year-old and 8-year-old", "killed", 2),
        ),
    ],
)
def test_an_age_found_or_left_dead_is_killed(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # "the dead" with no age, and a possession of the age
        "Police found the dead in a ditch near the road.",
        "Officers found the 12-year-old's goldfish dead in its bowl.",
    ],
)
def test_a_dead_without_an_age_counts_no_age(nlp, text):
    assert not any("year-old" in c[0] for c in _counts(nlp, text))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a possessive owner of the part, passive
        ("A 30-year-old woman's arm was grazed by a bullet.", ("A 30-year-old woman", "shot", 1)),
        # "had his leg grazed": the subject of "had"
        (
            "A 41-year-old man had his right hand grazed by a bullet, police said.",
            ("A 41-year-old man", "shot", 1),
        ),
        # struck by gunfire, in a list of victims
        (
            "A teen was shot in the arm and a 22-year-old man's shoulder was struck by gunfire.",
            ("a 22-year-old man", "shot", 1),
        ),
    ],
)
def test_a_body_part_struck_by_a_bullet_counts_its_owner(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # no owner named in the clause, a thing that is no body part, no gunfire
        "His arm was grazed by a bullet.",
        "The man's car was hit by gunfire.",
        "A woman's arm was struck by a falling branch.",
    ],
)
def test_no_owner_or_no_bullet_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # "located another person lying wounded"
        (
            "Officers then located another man lying wounded behind a fence.",
            ("another man", "injured", 1),
        ),
        # passive "was found lying wounded"
        ("A woman was found lying wounded on the sidewalk.", ("A woman", "injured", 1)),
        # "found a teen lying injured"
        ("Deputies found a teen lying injured near the car.", ("a teen", "injured", 1)),
        # the subject lying hurt
        ("A cyclist was lying injured in the road when help came.", ("A cyclist", "injured", 1)),
    ],
)
def test_a_person_lying_wounded_is_hurt(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # "lying" in wait, a group with no person, the finders
        "The gunman was lying in wait behind the store.",
        "The injured were lying on the floor of the gym.",
        "Deputies were lying low after the raid.",
    ],
)
def test_lying_without_a_hurt_person_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
