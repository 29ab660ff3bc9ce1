"""Vocabulary of casualty shapes (session 29, branch vocab36): ordinary local-news words for a
killed, shot or injured person the rules did not know (death_phrases.py, hurt_states.py,
wound_phrases.py). Invented sentences in several constructions for each word, and the word in a
sense that is no casualty; docs/gold-conventions.md "Vocabulary of casualty shapes (session 29)",
gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts

# a headline is read as one only with a body after it
_BODY = "\n\nPolice gave no more details."


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # active, with a time after the wound
        (
            "A 17-year-old boy succumbed to his injuries Sunday, police said.",
            ("A 17-year-old boy", "killed", 1),
        ),
        # a definite person brought in with its "later" death
        ("The woman later succumbed to her wounds.", ("The woman", "killed", 1)),
        # a relative clause
        (
            "A 31-year-old man who succumbed to his injuries Tuesday was identified by police.",
            ("A 31-year-old man", "killed", 1),
        ),
        # coordinated victims
        (
            "A woman and her husband succumbed to their wounds over the weekend.",
            ("A woman and her husband", "killed", 2),
        ),
        # coordinated with the shooting: one person, killed (not also shot)
        ("A teen was shot and later succumbed to his injuries.", ("A teen", "killed", 1)),
        # a name, with the wound said
        ("Ann Lee succumbed to her wounds at the hospital.", ("Ann Lee", "killed", 1)),
        # a headline
        ("Teen succumbs to injuries after weekend shooting" + _BODY, ("Teen", "killed", 1)),
    ],
)
def test_succumbing_to_injuries_is_a_death(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A 22-year-old man lost his life in the shooting.", ("A 22-year-old man", "killed", 1)),
        # a relative clause
        (
            "A man who lost his life in Friday's shooting was remembered at a vigil.",
            ("A man", "killed", 1),
        ),
        # coordinated, plural "lives"
        (
            "A mother and her daughter lost their lives when gunfire erupted.",
            ("A mother and her daughter", "killed", 2),
        ),
        # an age standing for the person, in a reported clause
        (
            "Police said a 25-year-old lost his life after the argument.",
            ("a 25-year-old", "killed", 1),
        ),
    ],
)
def test_losing_ones_life_is_a_death(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The shooting claimed the life of a 16-year-old boy.",
            ("a 16-year-old boy", "killed", 1),
        ),
        # "lives", coordinated victims
        (
            "Saturday's shooting claimed the lives of a mother and her son.",
            ("a mother and her son", "killed", 2),
        ),
        # "took the life of"
        ("The gunfire took the life of a 7-year-old girl.", ("a 7-year-old girl", "killed", 1)),
        (
            "The gunman took the lives of a teacher and a student.",
            ("a teacher and a student", "killed", 2),
        ),
        (
            "A stray bullet claimed the life of a bystander on Elm Street.",
            ("a bystander", "killed", 1),
        ),
    ],
)
def test_a_life_claimed_or_taken_is_a_death(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # passive
        ("A man was stabbed outside a bar early Sunday.", ("A man", "injured", 1)),
        # active, the victim the object
        (
            "Police said the suspect stabbed his roommate during an argument.",
            ("his roommate", "injured", 1),
        ),
        # a relative clause
        (
            "A woman who was stabbed multiple times was taken to the hospital.",
            ("A woman", "injured", 1),
        ),
        # coordinated victims
        (
            "A man and a woman were stabbed inside the apartment.",
            ("A man and a woman", "injured", 2),
        ),
        # coordinated with another victim's shooting
        (
            "A woman was stabbed and a man was shot in the incident.",
            ("A woman", "injured", 1),
        ),
        # fatal words: killed
        ("A teenager was stabbed to death on Sunday.", ("A teenager", "killed", 1)),
        ("A man was fatally stabbed Saturday.", ("A man", "killed", 1)),
        ("A man was stabbed and killed on Friday.", ("A man", "killed", 1)),
        # "in the back" with a blade said: a stabbing
        (
            "A woman who was stabbed in the back with a kitchen knife is in the hospital.",
            ("A woman", "injured", 1),
        ),
        # headlines
        ("Woman stabbed, man shot in downtown fight" + _BODY, ("Woman", "injured", 1)),
        ("Police: Teen stabbed at bus stop" + _BODY, ("Teen", "injured", 1)),
    ],
)
def test_a_stabbing_hurts_its_victim(nlp, text, count):
    assert count in _counts(nlp, text)


def test_a_stabbing_and_a_killing_count_one_person_once(nlp):
    assert _counts(nlp, "A man was stabbed and killed on Friday.") == [("A man", "killed", 1)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man was treated and released from the hospital.", ("A man", "injured", 1)),
        # a relative clause
        (
            "A man who was treated and released on Sunday spoke to reporters.",
            ("A man", "injured", 1),
        ),
        # coordinated people, the hospital named before the release
        (
            "A woman and her son were treated at the hospital and released.",
            ("A woman and her son", "injured", 2),
        ),
        # care at the scene, an ambulance's
        ("A bystander was treated at the scene.", ("A bystander", "injured", 1)),
        (
            "The 48-year-old was treated at Mercy Hospital and released.",
            ("The 48-year-old", "injured", 1),
        ),
    ],
)
def test_a_person_treated_in_care_was_hurt(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # an age standing for the person has the wound (a parse shape, not a word)
        ("A 21-year-old suffered a gunshot wound to the arm.", ("A 21-year-old", "injured", 1)),
        (
            "Police said a 30-year-old suffered a gunshot wound to the leg.",
            ("a 30-year-old", "injured", 1),
        ),
        ("A 16-year-old sustained a gunshot wound to the hand.", ("A 16-year-old", "injured", 1)),
        (
            "A 45-year-old who suffered a gunshot wound is expected to survive.",
            ("A 45-year-old", "injured", 1),
        ),
        # headlines: a graze in a headline of gunfire, a slaying
        ("Boy grazed by stray bullet in Eastside shooting" + _BODY, ("Boy", "shot", 1)),
        ("Man slain outside bar on Main Street" + _BODY, ("Man", "killed", 1)),
    ],
)
def test_wounds_grazes_and_slayings_of_other_shapes(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the idiom of betrayal
        "The senator said he was stabbed in the back by his own party.",
        "Many Republicans felt stabbed in the back when the leader switched sides.",
        "Pastor stabbed in the back by church board" + _BODY,
        "He took a stab at the crossword.",
        # succumbing to what is no wound
        "The company succumbed to pressure from investors.",
        "The mayor finally succumbed to temptation and ran again.",
        "Mayor succumbs to pressure over budget" + _BODY,
        # a life not lost, or no life
        "A man who nearly lost his life in a crash now campaigns for seat belts.",
        "She lost her life savings in the scheme.",
        "The retiree lost his wife last year.",
        "He said no one lost their life in the fire drill.",
        # a life that might have been claimed; a claim on money
        "The shooting could have claimed the lives of many children.",
        "Her brother claimed the life insurance money.",
        # treated in another sense, or not treated
        "The governor said the workers were treated unfairly.",
        "The guests were treated to dinner at the club.",
        "The patient was treated for depression.",
        "The prisoner was not treated at the hospital.",
        # other senses of the lead's words
        "The bill died in committee.",
        "Stocks were hit by the recession.",
        "Boy grazed by car in parking lot" + _BODY,
        "No one was stabbed, police said.",
    ],
)
def test_the_words_in_no_casualty_sense_count_no_one(nlp, text):
    assert _counts(nlp, text) == []
