"""Implied counts missed in local shooting news (session 33, branch impl41): people whose
injuries a clause describes (wound_phrases.py), and people a reduced relative says gunfire
struck or "blasted" in a part of the body (casualty_measures.py). Invented sentences; gold
README "Implied counts"; docs/gold-conventions.md "Vocabulary of casualty shapes"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Both victims' injuries are described by police as superficial.",
            ("Both victims", "injured", 2),
        ),
        ("The boy's injuries were not life-threatening.", ("The boy", "injured", 1)),
        ("Police said the woman's wounds are not considered serious.", ("the woman", "injured", 1)),
        ("Ann Lee's injuries were minor, officials said.", ("Ann Lee", "injured", 1)),
        (
            "The 5-month-old's injuries are not believed to be life-threatening.",
            ("The 5-month-old", "injured", 1),
        ),
    ],
)
def test_people_whose_injuries_a_clause_describes_are_injured(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The team's injuries are piling up.",
        "The boy's injury claims were rejected.",
        "The company's injuries report was late.",
    ],
)
def test_injuries_of_no_person_count_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "He was taken to the hospital along with a man struck in the chin, cops said.",
            ("a man", "shot", 1),
        ),
        (
            "He was taken to Mercy Hospital along with a 52-year-old man blasted in the chin, "
            "police said.",
            ("a 52-year-old man", "shot", 1),
        ),
        ("A man was blasted in the chest outside a bodega.", ("A man", "shot", 1)),
    ],
)
def test_people_struck_or_blasted_in_the_body_are_shot(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The senator blasted the bill on Tuesday.",
        "Critics blasted the mayor in a statement.",
        "The storm blasted the coast.",
        "The singer was blasted in the press.",
    ],
)
def test_blasted_without_gunfire_or_a_body_part_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man was found suffering from a gunshot wound.", ("A man", "injured", 1)),
        (
            "Officers said a woman was found suffering from gunshot wounds to the chest.",
            ("a woman", "injured", 1),
        ),
        (
            "John Smith was found suffering from multiple gunshot wounds.",
            ("John Smith", "injured", 1),
        ),
    ],
)
def test_people_found_suffering_from_wounds_are_injured(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A man was found suffering from heat exhaustion.",
        "The company was found suffering from losses.",
    ],
)
def test_found_suffering_without_a_wound_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man was assaulted and shot.", ("A man", "shot", 1)),
        ("A man was robbed and shot.", ("A man", "shot", 1)),
        ("A man was found shot.", ("A man", "shot", 1)),
        ("John Smith was kidnapped and shot.", ("John Smith", "shot", 1)),
    ],
)
def test_shot_closing_a_passive_is_the_verb(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The film was written and shot.",
        "The scene was filmed and shot.",
        "He was given a shot.",
    ],
)
def test_shot_of_no_person_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The boy remains on life support.", ("The boy", "injured", 1)),
        ("A woman was placed on life support at Mercy Hospital.", ("A woman", "injured", 1)),
        ("John Smith is on life support after the shooting.", ("John Smith", "injured", 1)),
        ("The man was taken to the emergency room.", ("The man", "injured", 1)),
        ("The teen was rushed to the ER.", ("The teen", "injured", 1)),
        (
            "A woman was taken to the emergency department with a gunshot wound.",
            ("A woman", "injured", 1),
        ),
        ("The girl is in guarded condition.", ("The girl", "injured", 1)),
        ("John Smith was listed in guarded condition.", ("John Smith", "injured", 1)),
    ],
)
def test_life_support_emergency_rooms_and_guarded_condition_are_care(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The program is on life support.",
        "Doctors placed him on life support.",
        "The teen was taken off life support.",
        "A woman was taken to an emergency shelter.",
        "Officials held an emergency meeting.",
        "The coach was guarded about the condition of his players.",
    ],
)
def test_care_words_in_other_senses_count_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Also wounded was a 17-year-old boy.", ("a 17-year-old boy", "injured", 1)),
        (
            "Wounded were a 17-year-old boy and a 20-year-old man.",
            ("a 17-year-old boy and a 20-year-old man", "injured", 2),
        ),
        ("Also injured was the gunman's wife.", ("the gunman's wife", "injured", 1)),
        ("Also shot was a 20-year-old woman.", ("a 20-year-old woman", "shot", 1)),
        ("Injured was Jamal Brown, 24.", ("Jamal Brown", "injured", 1)),
        ("Among the dead was a 7-year-old girl.", ("a 7-year-old girl", "killed", 1)),
        ("Among those wounded was a 10-year-old boy.", ("a 10-year-old boy", "injured", 1)),
        ("Among the dead were a mother and her son.", ("a mother and her son", "killed", 2)),
    ],
)
def test_inverted_casualty_lists_count_the_people_after_the_verb(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Wounded pride was the result.",
        "Hurt feelings were common.",
        "Also wounded were his hopes.",
        "Among the guests was a 7-year-old girl.",
        "Among the victims was a 7-year-old girl.",
    ],
)
def test_inverted_words_of_no_casualty_count_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Officers arrived to find a man lying in the roadway with gunshot wounds.",
            ("a man", "injured", 1),
        ),
        (
            "Police found a man lying in the street with a gunshot wound.",
            ("a man", "injured", 1),
        ),
        ("The victim was found unresponsive with gunshot wounds.", ("The victim", "injured", 1)),
        (
            "A man was found lying in a parking lot with a gunshot wound.",
            ("A man", "injured", 1),
        ),
    ],
)
def test_people_found_lying_with_wounds_are_injured(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police found a man lying in the street with a gun.",
        "A man was found lying in the street with a bag of groceries.",
        "A man lying in the street with a gun was arrested.",
    ],
)
def test_people_found_lying_without_wounds_count_no_one(nlp, text):
    assert _counts(nlp, text) == []


_INTRO = "Police said Kelly Belford, 39, and Marcus Nocco, 41, were at the courthouse Monday. "


def _later_counts(nlp, text: str) -> list[tuple[str, str]]:
    """The counts of ``text`` after an opening sentence that names the two people."""
    doc = nlp("Headline about a shooting\n\n" + _INTRO + text)
    start = len("Headline about a shooting\n\n" + _INTRO)
    return [(c.text, c.measure) for c in find_implied_counts(doc) if c.start >= start]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Belford suffered a gunshot wound to the chest.", ("Belford", "injured")),
        ("Nocco sustained a gunshot wound to the leg.", ("Nocco", "injured")),
        ("Nocco was found with a gunshot wound.", ("Nocco", "injured")),
        ("Belford is expected to survive.", ("Belford", "injured")),
        ("Belford was bleeding from the head.", ("Belford", "injured")),
    ],
)
def test_a_surname_the_article_gives_a_person_keeps_its_wound(nlp, text, count):
    assert count in _later_counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Belford was found with a gun in his waistband.",
        # "had" also tells how the dead died: a mislabelled name is left to the other rules
        "Belford had a single gunshot wound to the head.",
        "Belford suffered a setback in court.",
        "Nocco is expected to testify.",
    ],
)
def test_a_known_surname_without_harm_counts_no_one(nlp, text):
    assert _later_counts(nlp, text) == []


@pytest.mark.parametrize(
    ("headline", "count"),
    [
        ("Police: Man shot to death in Dayton", ("Man", "killed", 1)),
        ("Cops: Teen shot to death outside store", ("Teen", "killed", 1)),
        ("Sheriff: Woman Shot To Death In Home", ("Woman", "killed", 1)),
    ],
)
def test_a_headline_shot_to_death_after_its_source_is_killed(nlp, headline, count):
    assert count in _counts(nlp, headline + "\n\nPolice are investigating the case.\n")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A 20-year-old man remains hospitalized.", ("A 20-year-old man", "injured", 1)),
        ("The boy remained hospitalized Sunday.", ("The boy", "injured", 1)),
        (
            "The woman remains hospitalized with a gunshot wound.",
            ("The woman", "injured", 1),
        ),
    ],
)
def test_people_who_remain_hospitalized_are_injured(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The bill remains stalled.",
        "The suspect remains jailed.",
        "The company remains committed to its workers.",
    ],
)
def test_remaining_in_another_state_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
