"""Implied counts in local-news wordings no tuning article used (session 62, branch imp62):
an opening participle ("Shot in the back, the teen ran", opening_participles.py), an age that
opens a pair of subjects ("A 9-year-old and his mother were wounded", rooted_ages.py), a group
"among" whom a person is ("among those hurt", "among those who died", casualty_groups.py), "a
dead man was found" (modified_victims.py), "the homicide of" (lexicon NOMINAL_HARMS) and "was
robbed and seriously hurt" (casualty_measures.py). Invented sentences, with near misses that
count no one or keep their count; gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Police responded to a shooting. Shot in the back, the teen ran to a friend's house.",
            ("the teen", "shot", 1),
        ),
        (
            "Gunfire erupted at the party. Wounded in the arm, a guest drove to a clinic.",
            ("a guest", "injured", 1),
        ),
        (
            "Shots were fired. Shot twice in the chest, Ann Lee, 44, crawled to her car.",
            ("Ann Lee", "shot", 1),
        ),
        (
            "The car was hit by gunfire. Critically injured, the driver was pulled out.",
            ("the driver", "injured", 1),
        ),
    ],
)
def test_an_opening_casualty_participle_counts_the_main_subject(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # no story of harm around the participle: a figure of speech
        "Wounded by the criticism, the mayor resigned.",
        # a film shot on location, not a person
        "Shot on location in Ohio, the film stars Ann Lee.",
    ],
)
def test_an_opening_participle_without_harm_around_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


def test_an_opening_participle_before_a_death_is_one_count(nlp):
    text = "Shots were fired. Shot in the chest, the man died at the scene."
    assert _counts(nlp, text) == [("the man", "killed", 1)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "A 9-year-old and his mother were wounded in the shooting.",
            ("A 9-year-old and his mother", "injured", 2),
        ),
        (
            "The 12-year-old and his older sister were shot on the porch.",
            ("The 12-year-old and his older sister", "shot", 2),
        ),
        (
            "A 4-year-old and her grandmother were found dead in the home.",
            ("A 4-year-old and her grandmother", "killed", 2),
        ),
        (
            "A 16-year-old and a neighbor died in the fire.",
            ("A 16-year-old and a neighbor", "killed", 2),
        ),
    ],
)
def test_an_age_opening_a_pair_of_subjects_is_counted_with_the_pair(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the parse joins the pair already: unchanged
        (
            "A 9-year-old boy and his mother were wounded in the shooting.",
            ("A 9-year-old boy and his mother", "injured", 2),
        ),
        # two clauses: only the one shot
        ("The 17-year-old ran, and his mother was shot.", ("his mother", "shot", 1)),
    ],
)
def test_a_pair_the_parse_joins_or_two_clauses_keep_their_counts(nlp, text, count):
    assert _counts(nlp, text) == [count]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("An infant was among those hurt.", ("An infant", "injured", 1)),
        ("Police said the shooter was among those who died.", ("the shooter", "killed", 1)),
        (
            "A 9-year-old girl was among those who were wounded.",
            ("A 9-year-old girl", "injured", 1),
        ),
        ("Her cousin was among the people killed.", ("Her cousin", "killed", 1)),
    ],
)
def test_a_person_among_a_group_hurt_or_killed_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "She was among those who called police.",
        "He was among the people who attended the vigil.",
        "He was among those arrested.",
        "His son was among those who could have been hurt.",
    ],
)
def test_a_person_among_a_group_that_names_no_casualty_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A dead man was found in a field near the highway.", ("A dead man", "killed", 1)),
        ("Deputies discovered a dead woman inside the trailer.", ("a dead woman", "killed", 1)),
        ("Officers located a dead man in the back seat.", ("a dead man", "killed", 1)),
    ],
)
def test_a_dead_person_found_is_killed(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "He looked like a dead man.",
        "A dead woman's purse was found nearby.",
        "The band played a song about a dead man.",
    ],
)
def test_a_dead_person_not_found_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Police are investigating the homicide of a 23-year-old man.",
            ("a 23-year-old man", "killed", 1),
        ),
        ("Detectives are investigating the homicide of Tom Fry, 31.", ("Tom Fry", "killed", 1)),
        ("The homicide of a cab driver remains unsolved.", ("a cab driver", "killed", 1)),
    ],
)
def test_the_homicide_of_a_person_is_killed(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Homicide detectives were called to the scene.",
        "The city recorded its 40th homicide of the year.",
        "The attempted homicide of a clerk was caught on video.",
    ],
)
def test_a_homicide_without_its_victim_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man was attacked with a knife and seriously hurt.", ("A man", "injured", 1)),
        ("A clerk was robbed and hurt.", ("A clerk", "injured", 1)),
        ("A woman was beaten and badly hurt by her boyfriend.", ("A woman", "injured", 1)),
    ],
)
def test_hurt_joined_to_a_passive_is_injured(nlp, text, count):
    assert count in _counts(nlp, text)


def test_hurt_with_an_object_after_a_passive_counts_no_one(nlp):
    assert _counts(nlp, "A man was arrested and hurt his hand.") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The family of a man shot and killed last week is asking for answers.",
            ("a man", "killed", 1),
        ),
        (
            "A vigil was held for a woman stabbed and killed outside a bar.",
            ("a woman", "killed", 1),
        ),
    ],
)
def test_a_noun_with_joined_participles_is_counted_by_the_second(nlp, text, count):
    assert _counts(nlp, text) == [count]


@pytest.mark.parametrize(
    "text",
    [
        "The man questioned and released by police was not charged.",
        "The car stolen and burned last week was found.",
    ],
)
def test_joined_participles_that_say_no_casualty_count_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A woman was taken to Harborview with a gunshot wound.", ("A woman", "injured", 1)),
        (
            "A man was transported to Regional One with a gunshot wound to the leg.",
            ("A man", "injured", 1),
        ),
        (
            "The boy was taken by ambulance to Children's Mercy with a gunshot wound.",
            ("The boy", "injured", 1),
        ),
        ("Ann Lee, 31, was driven to Mercy with gunshot wounds.", ("Ann Lee", "injured", 1)),
    ],
)
def test_a_person_carried_to_a_named_hospital_with_a_wound_is_injured(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A man was taken to jail with a gun.",
        "A man was brought to the station with a wound to his pride.",
    ],
)
def test_a_person_carried_with_no_wound_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A teen shot in the leg was taken to a hospital.", ("A teen", "shot", 1)),
        ("Police said a teen shot near the school is expected to survive.", ("a teen", "shot", 1)),
        ("The teen shot in the arm is recovering.", ("The teen", "shot", 1)),
        ("A teen shot Saturday night died Sunday.", ("A teen", "killed", 1)),
    ],
)
def test_a_person_and_shot_read_as_one_noun_is_shot(nlp, text, count):
    assert _counts(nlp, text) == [count]


@pytest.mark.parametrize(
    "text",
    [
        "A flu shot is recommended for everyone.",
        "His mug shot was released on Monday.",
        "A warning shot was fired into the air.",
    ],
)
def test_a_shot_of_no_person_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Home from the hospital after being shot in the arm, 38-year-old Rosa Bell said "
            "she is grateful.",
            ("38-year-old Rosa Bell", "shot", 1),
        ),
        (
            "Back at work after being stabbed last month, the clerk said he feels lucky.",
            ("the clerk", "injured", 1),
        ),
    ],
)
def test_after_being_hung_on_an_opening_adverb_counts_the_main_subject(nlp, text, count):
    assert _counts(nlp, text) == [count]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "A man was found in an alley early Sunday. He suffered multiple gunshot wounds.",
            ("A man", "injured", 1),
        ),
        (
            "Officers found a woman behind a store. She had a gunshot wound to the chest.",
            ("a woman", "injured", 1),
        ),
        (
            "Ann Lee, 30, called police Sunday. She had a graze wound to the arm.",
            ("Ann Lee", "injured", 1),
        ),
    ],
)
def test_a_pronoun_with_a_wound_counts_the_person_named_before(nlp, text, count):
    assert _counts(nlp, text) == [count]


@pytest.mark.parametrize(
    "text",
    [
        # no one named before the pronoun: a pronoun alone counts no one
        "He suffered a gunshot wound to the leg.",
        # a defeat is no wound
        "The mayor spoke Monday. He suffered a defeat.",
    ],
)
def test_a_pronoun_with_no_person_or_no_wound_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


def test_a_pronoun_wound_of_a_person_counted_already_adds_no_count(nlp):
    text = "A man was shot Friday. He suffered a gunshot wound to the leg."
    assert _counts(nlp, text) == [("A man", "shot", 1)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Two men were shot Friday night. Police identified them as Tom Fry, 31, and Ed Wu, 20.",
            ("Tom Fry, 31, and Ed Wu", "shot", 2),
        ),
        (
            "Two women were killed in the crash. Police identified them as Ann Lee, 44, and her "
            "sister, Mia Lee, 40.",
            ("Ann Lee, 44, and her sister, Mia Lee", "killed", 2),
        ),
    ],
)
def test_them_identified_after_a_counted_group_is_the_list_of_victims(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # no casualty in the sentence before: suspects
        "Two men were arrested Friday night. Police identified them as Tom Fry, 31, and Ed Wu, 20.",
        # no list of people
        "Two men were shot Friday night. Police identified them as members of a gang.",
    ],
)
def test_them_identified_with_no_casualty_or_no_names_counts_no_list(nlp, text):
    assert not any(c[2] == 2 for c in _counts(nlp, text))


def test_a_period_the_parse_hangs_on_a_name_stays_out_of_its_span(nlp):
    text = "The medical examiner identified the man as Tom Fry. Fry was shot once, police said."
    assert ("Fry", "shot", 1) in _counts(nlp, text)


def test_a_list_of_names_beside_a_list_of_kin_counts_each_person_once(nlp):
    text = (
        "Inside, the victims were found dead. They have been identified as the gunman's father "
        "and sister, 50-year-old Ray Dunn and 9-year-old Lily Dunn."
    )
    assert [c[2] for c in _counts(nlp, text) if c[1] == "killed" and "Dunn" in c[0]] == [2]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Killed were his daughter, Ann Lee, and his son, Tom Lee.", 2),
        ("Killed were Ann Lee, a nurse, and Tom Lee, a teacher.", 2),
    ],
)
def test_names_beside_their_own_nouns_keep_their_count(nlp, text, value):
    assert [c[2] for c in _counts(nlp, text)] == [value]
