"""Implied counts in parse shapes the tuning articles seldom use (session 50, branch implwide):
the person as the object of a verb of care ("Medics took a woman to the hospital",
care_objects.py), the victim of a stabbing or wounding noun ("the stabbing of a teenager",
lexicon NOMINAL_HARMS), a participle of harm on the person ("a man bleeding in a parking lot",
harm_participles.py), a second person whose "was" the text leaves out ("A man was killed and a woman wounded", gapped_states.py), and an
age the parse calls an acomp after "Among the dead was". Invented sentences, and parallels
that count no one; gold README "Implied counts", docs/gold-conventions.md "Vocabulary of
casualty shapes"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Medics took a woman to the hospital.", ("a woman", "injured", 1)),
        ("Paramedics rushed a teenager to the hospital.", ("a teenager", "injured", 1)),
        ("Medics transported a man to a trauma center.", ("a man", "injured", 1)),
        ("EMS took a man to Regional Medical Center.", ("a man", "injured", 1)),
    ],
)
def test_a_person_carried_to_a_hospital_is_injured(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Paramedics took the car to a garage.",
        "Medics took a sample to the hospital.",
        "Medics took a woman's statement.",
        # the pronoun's person is counted where named
        "Paramedics rushed him to the hospital.",
    ],
)
def test_carrying_a_thing_or_a_pronoun_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Police arrested a suspect in the stabbing of a teenager.", ("a teenager", "injured", 1)),
        (
            "Police are seeking witnesses to the stabbing of a woman on a bus.",
            ("a woman", "injured", 1),
        ),
        (
            "Detectives are investigating the wounding of a 13-year-old.",
            ("a 13-year-old", "injured", 1),
        ),
        ("A man is accused of the fatal stabbing of his roommate.", ("his roommate", "killed", 1)),
    ],
)
def test_the_victim_of_a_stabbing_noun_is_injured(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The stabbing of the painting shocked the museum.",
        "The wounding of the city's pride was deep.",
        "Police are investigating the alleged stabbing of a man.",
    ],
)
def test_a_stabbing_of_a_thing_or_alleged_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Deputies were called about a man bleeding in a parking lot.", ("a man", "injured", 1)),
        ("Officers found a woman bleeding from the head.", ("a woman", "injured", 1)),
        (
            "Officers found a 25-year-old man bleeding on the porch.",
            ("a 25-year-old man", "injured", 1),
        ),
        ("Officers tried to save a man who was bleeding heavily.", ("a man", "injured", 1)),
    ],
)
def test_a_person_a_harm_participle_describes_is_injured(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["The company is bleeding cash.", "Officers found a wound bleeding."],
)
def test_a_participle_on_no_person_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man was killed and a woman hurt.", ("a woman", "injured", 1)),
        ("A girl was shot and a boy wounded.", ("a boy", "injured", 1)),
        ("The shooting left a man dead and a woman wounded.", ("a woman", "injured", 1)),
        ("A woman is dead and a man hurt after a shooting.", ("a man", "injured", 1)),
    ],
)
def test_a_second_person_with_the_was_gapped_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A man ran and a woman hurt her knee.",
        "A man was arrested and a gunman wounded two people.",
    ],
)
def test_no_gap_or_a_doer_counts_no_one_more(nlp, text):
    assert not [c for c in _counts(nlp, text) if c[0] in ("a woman", "a gunman")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Among the dead was a 7-year-old.", ("a 7-year-old", "killed", 1)),
        ("Among the wounded was a 15-year-old.", ("a 15-year-old", "injured", 1)),
    ],
)
def test_an_age_among_the_dead_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man remains in intensive care.", ("A man", "injured", 1)),
        ("A teenager is in the ICU.", ("A teenager", "injured", 1)),
        ("Police said a teen remains in the ICU.", ("a teen", "injured", 1)),
        ("A man was listed as critical.", ("A man", "injured", 1)),
        ("A woman is listed as stable.", ("A woman", "injured", 1)),
    ],
)
def test_a_person_in_intensive_care_or_listed_as_critical_is_injured(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The economy was listed as stable.",
        "He was listed as a critical witness.",
        "The girl was placed in foster care.",
        "A boy remains in the care of his aunt.",
    ],
)
def test_other_care_or_listing_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The shooting claimed a man's life.", ("a man", "killed", 1)),
        ("The gunfire took a mother's life.", ("a mother", "killed", 1)),
        (
            "Police said the stabbing claimed a 19-year-old man's life.",
            ("a 19-year-old man", "killed", 1),
        ),
    ],
)
def test_a_life_claimed_by_its_owner_is_killed(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["He took his own life.", "The war took a toll on the man's life."],
)
def test_an_own_life_or_a_toll_counts_no_owner(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "A man who police said had been stabbed walked into a fire station.",
            ("A man", "injured", 1),
        ),
        (
            "A teen who police said was wounded in the shooting is recovering.",
            ("A teen", "injured", 1),
        ),
        (
            "Police found a woman who officers said had been shot twice.",
            ("a woman", "shot", 1),
        ),
    ],
)
def test_a_relative_split_by_a_report_counts_its_noun(nlp, text, count):
    assert count in _counts(nlp, text)


def test_a_relative_of_belief_counts_no_one(nlp):
    assert _counts(nlp, "A man who police believe was shot walked into a hospital.") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man ran into a store bleeding from the head.", ("A man", "injured", 1)),
        (
            "A woman walked to a neighbor's house, bleeding from a gunshot wound.",
            ("A woman", "injured", 1),
        ),
        (
            "A man showed up at a fire station suffering from stab wounds.",
            ("A man", "injured", 1),
        ),
        ("A teen stumbled into a gas station, bleeding heavily.", ("A teen", "injured", 1)),
    ],
)
def test_a_participle_of_harm_after_a_motion_counts_who_moved(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A man walked into the store carrying a gun.",
        "A woman ran to her car, screaming for help.",
        "A man came home suffering from the flu.",
    ],
)
def test_a_motion_without_harm_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Those killed included a 5-year-old boy.", ("a 5-year-old boy", "killed", 1)),
        ("Those wounded included a pregnant woman.", ("a pregnant woman", "injured", 1)),
    ],
)
def test_a_person_those_harmed_included_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


def test_those_invited_counts_no_one(nlp):
    assert _counts(nlp, "Those invited included a local pastor.") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Paramedics treated a man for a gunshot wound.", ("a man", "injured", 1)),
        ("Medics treated a woman for stab wounds at the scene.", ("a woman", "injured", 1)),
        ("A man received a gunshot wound to the hand.", ("A man", "injured", 1)),
        ("A woman received multiple stab wounds.", ("A woman", "injured", 1)),
    ],
)
def test_who_is_treated_for_or_receives_a_wound_is_injured(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Doctors treated a man for a heart attack.",
        "The officer received an award for bravery.",
    ],
)
def test_treatment_or_receipt_without_a_wound_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man bled to death on the sidewalk.", ("A man", "killed", 1)),
        ("Police said a woman bled to death in her car.", ("a woman", "killed", 1)),
        ("A 17-year-old boy bled to death after the shooting.", ("A 17-year-old boy", "killed", 1)),
    ],
)
def test_a_person_who_bled_to_death_is_killed(nlp, text, count):
    assert count in _counts(nlp, text)


def test_bleeding_cash_counts_no_one(nlp):
    assert _counts(nlp, "The company bled cash for years.") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("An officer shot during a traffic stop is recovering.", ("An officer", "shot", 1)),
        ("A clerk shot during a robbery is recovering.", ("A clerk", "shot", 1)),
    ],
)
def test_a_reduced_relative_the_parse_makes_the_root_counts_its_person(nlp, text, count):
    assert count in _counts(nlp, text)


def test_a_root_shooting_with_its_own_next_clause_counts_no_shooter(nlp):
    text = "The man shot his wife and is in custody."
    assert ("The man", "shot", 1) not in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Doctors pronounced a 4-year-old dead.", ("4-year-old", "killed", 1)),
        ("Medics pronounced a 67-year-old dead at the scene.", ("67-year-old", "killed", 1)),
    ],
)
def test_an_age_pronounced_dead_is_killed(nlp, text, count):
    assert count in _counts(nlp, text)


def test_an_age_pronounced_guilty_counts_no_one(nlp):
    assert _counts(nlp, "The judge pronounced the 19-year-old guilty.") == []
