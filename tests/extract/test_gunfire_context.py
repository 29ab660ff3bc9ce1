"""Shots told by the story around them (session 54, impl54; gunfire_context.py,
recovery_headlines.py): a passive "hit" or "struck" of a person where the sentence or the one
before tells the gunfire, "caught a stray bullet", "found a woman deceased", "a graze wound",
a headline's "recovering after shooting". Invented sentences in several constructions for
each, and parallels that count no one; docs/gold-conventions.md "Vocabulary of casualty shapes
(session 29)", gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Shots rang out and a cook was hit, witnesses said.", ("a cook", "shot", 1)),
        ("Someone fired into the crowd. A tenant was struck twice.", ("A tenant", "shot", 1)),
        ("Gunfire erupted, and a barber was hit several times.", ("a barber", "shot", 1)),
        (
            "A man was shot and killed on Friday. His nephew was also hit.",
            ("His nephew", "shot", 1),
        ),
        (
            "A girl sitting on a porch was hit when someone fired from a car.",
            ("A girl", "shot", 1),
        ),
        (
            "Police said a 19-year-old was struck three times during the shooting.",
            ("a 19-year-old", "shot", 1),
        ),
    ],
)
def test_a_person_hit_amid_gunfire_is_shot(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police said shots were fired. No one was hit.",
        "A gunman fired at deputies, but no deputy was struck.",
        "After the shooting, a pedestrian fleeing the scene was struck by a car.",
        "The house was hit several times during the shooting.",
        "The quarterback was hit hard in the second quarter.",
        "A cook was hit during the argument.",
        "A boy was struck in the face by a baseball.",
    ],
)
def test_a_hit_without_gunfire_or_with_another_agent_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A cook caught a stray bullet while walking home.", ("A cook", "shot", 1)),
        (
            "A sleeping toddler caught a stray round, police said.",
            ("A sleeping toddler", "shot", 1),
        ),
        ("Police said a barber took a stray bullet during the robbery.", ("a barber", "shot", 1)),
        ("A tenant caught a bullet as the gunmen fled.", ("A tenant", "shot", 1)),
    ],
)
def test_a_person_who_caught_a_stray_bullet_is_shot(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The captain took a bullet for his team.",
        "A man took a shot at the mayor during the debate.",
        "A fan caught a foul ball in the stands.",
    ],
)
def test_the_idioms_of_taking_a_bullet_count_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Arriving officers found a woman deceased inside the apartment.",
            ("a woman", "killed", 1),
        ),
        ("Deputies found a cook deceased in the kitchen.", ("a cook", "killed", 1)),
    ],
)
def test_a_person_found_deceased_is_killed(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Deputies located a man with a graze wound to the head.", ("a man", "injured", 1)),
        ("A tenant was found with a graze wound to the arm.", ("A tenant", "injured", 1)),
    ],
)
def test_a_graze_wound_is_a_gunshot_wound(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Toddler recovering after Dayton shooting\nPolice are investigating.", ("Toddler", 1)),
        ("Teen recovers from gunshot wound\nPolice are investigating.", ("Teen", 1)),
        ("Clerk recovering after stabbing at gas station\nPolice said.", ("Clerk", 1)),
    ],
)
def test_a_headline_person_recovering_after_a_shooting_is_injured(nlp, text, count):
    assert (count[0], "injured", count[1]) in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Economy recovering after recession\nPrices rose.",
        "Man recovering after heart surgery\nDoctors are pleased.",
        "Mayor recovers from flu\nShe returned to work.",
    ],
)
def test_a_headline_recovery_from_no_harm_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Stray bullet strikes girl sleeping in bed\nPolice are investigating.", "girl"),
        ("Bullet strikes cook inside his home\nPolice said.", "cook"),
    ],
)
def test_a_headline_bullet_that_strikes_a_person_shoots_them(nlp, text, person):
    assert any(c[0] == person and c[1] == "shot" for c in _counts(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Car strikes girl on bike\nPolice said.",
        "Lightning strikes man on golf course\nHe survived.",
        "Teachers union strikes deal with district\nThe vote is Monday.",
    ],
)
def test_a_headline_strike_without_gunfire_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A cook was hit in the crossfire.", ("A cook", "shot", 1)),
        ("A tenant was shot at least once.", ("A tenant", "shot", 1)),
        ("A barber was shot at close range.", ("A barber", "shot", 1)),
        ("A cook was found slain inside his apartment.", ("A cook", "killed", 1)),
        ("Police found a woman slain in her bedroom.", ("a woman", "killed", 1)),
    ],
)
def test_crossfire_shot_at_least_and_found_slain(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A woman was shot at while driving.",
        "A cook was shot at twice.",
        "The mayor was caught in the crossfire of the budget fight and was hit hard.",
    ],
)
def test_shot_at_or_a_figurative_crossfire_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
