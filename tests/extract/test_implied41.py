"""Implied counts of session 41 (branch impl): a titled name a casualty verb acts on
(addressed_victims.py) and a participle clause the parse hangs on a prepositional object
without a comma; invented sentences, gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.addressed_victims import is_addressed_name
from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The suspect shot Officer Reyes several times, police said.",
            ("Officer Reyes", "shot", 1),
        ),
        ("The driver shot Trooper Wicks during a stop.", ("Trooper Wicks", "shot", 1)),
        (
            "The driver fatally shot Trooper Dale Wicks during a traffic stop.",
            ("Trooper Dale Wicks", "killed", 1),
        ),
        (
            "Investigators say the man shot Sergeant Ruiz in the shoulder.",
            ("Sergeant Ruiz", "shot", 1),
        ),
    ],
)
def test_a_titled_name_a_casualty_verb_acts_on_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the titled name is who shot, not who was shot
        "Officer Reyes shot the dog after it attacked a child.",
        # a title with no casualty verb
        "The mayor thanked Officer Reyes for his service.",
    ],
)
def test_a_titled_name_without_a_casualty_is_not_counted(nlp, text):
    assert not any("Reyes" in t for t, _, _ in _counts(nlp, text))


def test_an_addressed_name_needs_the_title_before_it(nlp):
    doc = nlp("The suspect shot Officer Reyes and Grant Street.")
    reyes = next(t for t in doc if t.text == "Reyes")
    street = next(t for t in doc if t.text == "Street")
    assert is_addressed_name(reyes)
    assert not is_addressed_name(street)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man fired into a crowd injuring a young child.", ("a young child", "injured", 1)),
        ("Shots were fired into a car wounding a teenage boy.", ("a teenage boy", "injured", 1)),
        ("The gunman fired at the car striking the driver in the arm.", ("the driver", "shot", 1)),
    ],
)
def test_a_participle_after_a_prepositional_object_harms_its_object(nlp, text, count):
    assert count in _counts(nlp, "Shooting on Elm Street\n" + text + "\n")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The gunman shot his wife, her sister, a neighbor and a deputy before fleeing.",
            ("his wife, her sister, a neighbor and a deputy", "shot", 4),
        ),
        (
            "Police said a gunman shot his neighbor, her cousin, a mail carrier and a deputy.",
            ("his neighbor, her cousin, a mail carrier and a deputy", "shot", 4),
        ),
        (
            "The blast injured her father, his brother, a driver and a guard.",
            ("her father, his brother, a driver and a guard", "injured", 4),
        ),
    ],
)
def test_a_chain_of_owned_appositives_ending_in_and_is_a_list(nlp, text, count):
    assert count in _counts(nlp, text)


def test_a_lone_appositive_is_the_same_person(nlp):
    counts = _counts(nlp, "His son, a student at the college, was killed.")
    assert ("His son", "killed", 1) in counts


@pytest.mark.parametrize(
    ("headline", "count"),
    [
        ("Child, 10, among 3 injured in road-rage shooting", ("Child", "injured", 1)),
        ("Teen among 2 wounded in Elm Street shooting", ("Teen", "injured", 1)),
        ("Grandmother among three killed in weekend violence", ("Grandmother", "killed", 1)),
        ("Officer among 3 hurt in shootout", ("Officer", "injured", 1)),
        ("Student, 17, among two shot near school", ("Student", "shot", 1)),
    ],
)
def test_a_headline_person_among_a_casualty_group_is_counted(nlp, headline, count):
    assert count in _counts(nlp, headline + "\nPolice gave no other details.\n")


def test_a_headline_person_among_no_casualty_group_is_not_counted(nlp):
    assert _counts(nlp, "Mayor among speakers at rally\nPolice gave no other details.\n") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man shot his ex-girlfriend on Sunday, police said.", ("his ex-girlfriend", "shot", 1)),
        ("He shot and killed his ex-wife.", ("his ex-wife", "killed", 1)),
        ("The suspect stabbed his co-worker at the plant.", ("his co-worker", "injured", 1)),
        (
            "A gunman shot his ex-wife, her friend, a local sheriff and a deputy on Sunday.",
            ("his ex-wife, her friend, a local sheriff and a deputy", "shot", 4),
        ),
    ],
)
def test_a_hyphenated_person_keeps_its_owner(nlp, text, count):
    assert count in _counts(nlp, text)


def test_a_list_restating_a_figure_after_a_colon_is_not_a_new_count(nlp):
    text = (
        "Four people were found dead: a 41-year-old woman, a 19-year-old woman, "
        "a 45-year-old man and a 36-year-old man, police said."
    )
    assert not any(value == 4 for _, _, value in _counts(nlp, text))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man shot the clerk in the arm and a customer in the leg.", ("a customer", "shot", 1)),
        (
            "The gun went off, shooting him in the foot and the 16-year-old in the hand.",
            ("the 16-year-old", "shot", 1),
        ),
        (
            "The gunman shot his wife in the chest and her sister in the back.",
            ("her sister", "shot", 1),
        ),
        (
            "Police say he stabbed the cashier in the neck and a shopper in the hand.",
            ("a shopper", "injured", 1),
        ),
    ],
)
def test_a_second_person_of_a_gapped_casualty_verb_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "He shot the clerk in the arm and a customer fled.",
        "He hit the ball in the park and a friend in the face.",
        "He shot the dog in the yard and a neighbor in the street watched.",
    ],
)
def test_a_person_after_and_with_a_verb_or_no_casualty_is_not_a_gapped_count(nlp, text):
    assert not any(t in ("a customer", "a friend", "a neighbor") for t, _, _ in _counts(nlp, text))
