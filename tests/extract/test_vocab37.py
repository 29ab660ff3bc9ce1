"""Vocabulary of casualty shapes, second round (session 29, branch vocab37): a later death of the
person a relative clause says was shot, "mortally shot/stabbed", an age before "suffered gunshot
wounds" that the tagger reads as one noun phrase, a new victim who arrives at a hospital, and the
headlines "Shooting claims life of teen" and "Man treated, released after shooting"
(later_deaths.py, victim_phrases.py, headline_phrases.py). Invented sentences in several
constructions for each shape, and parallels that count no one or keep the first measure;
docs/gold-conventions.md "Vocabulary of casualty shapes (session 29)", gold README "Implied
counts"."""

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
        # relative clause, then "succumbed to his injuries"
        (
            "A man who was shot Saturday night succumbed to his injuries at the hospital.",
            ("A man", "killed", 1),
        ),
        # relative clause, then "died"
        (
            "A 24-year-old man who was shot early Sunday died later at a hospital, police said.",
            ("A 24-year-old man", "killed", 1),
        ),
        # a stabbing, then "died of her injuries"
        ("A woman who was stabbed Friday died of her injuries Monday.", ("A woman", "killed", 1)),
        # a reduced relative ("shot Saturday night" on the noun)
        ("A man shot Saturday night died Sunday.", ("A man", "killed", 1)),
        # a non-restrictive clause between commas
        (
            "The driver, who was wounded in the crossfire, died at the scene.",
            ("The driver", "killed", 1),
        ),
        # "lost his life" as the later death
        (
            "A boy who was shot in the chest later lost his life at the hospital.",
            ("A boy", "killed", 1),
        ),
    ],
)
def test_a_later_death_of_the_person_shot_wins(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a death that may not come, or did not: the first measure stays
        ("A woman who was shot Sunday could die, doctors said.", ("A woman", "shot", 1)),
        ("A man who was shot Sunday did not die.", ("A man", "shot", 1)),
        # the relative clause's shooter is no casualty; his victim stays shot
        ("A man who shot his neighbor died in prison years later.", ("his neighbor", "shot", 1)),
        # a shooting and a separate sentence about someone else's death
        ("A man was shot Sunday. His uncle died last year.", ("A man", "shot", 1)),
    ],
)
def test_no_later_death_keeps_the_first_measure(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a crash, then the clause of death: the main clause's subject
        ("A driver crashed into a pole, losing his life.", ("A driver", "killed", 1)),
        # a name
        ("Ann Lee crashed her car on Route 9, losing her life.", ("Ann Lee", "killed", 1)),
        # a shooting whose person died: killed, not shot
        ("A man was shot in the head, losing his life.", ("A man", "killed", 1)),
        ("A woman was struck by a stray bullet, dying at the scene.", ("A woman", "killed", 1)),
        (
            "A teen was stabbed outside the school, succumbing to his wounds hours later.",
            ("A teen", "killed", 1),
        ),
    ],
)
def test_a_clause_of_death_after_the_main_clause_kills_its_subject(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a time, not the outcome; a near miss; a killing of another
        ("A man was shot Sunday before dying at the hospital.", ("A man", "shot", 1)),
        ("A woman was shot in the leg, nearly losing her life.", ("A woman", "shot", 1)),
        ("A gunman opened fire, killing a guard.", ("a guard", "killed", 1)),
    ],
)
def test_a_clause_that_says_no_death_of_the_subject_keeps_the_measure(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man was mortally shot outside a bar.", ("A man", "killed", 1)),
        ("A woman was mortally stabbed Sunday, police said.", ("A woman", "killed", 1)),
        (
            "Police said a teen who was mortally shot in the park was 17.",
            ("a teen", "killed", 1),
        ),
        ("A clerk and a customer were mortally stabbed.", ("A clerk and a customer", "killed", 2)),
    ],
)
def test_mortally_shot_or_stabbed_is_a_death(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A 19-year-old suffered gunshot wounds to his arm.", ("19-year-old", "injured", 1)),
        ("A 25-year-old sustained gunshot wounds.", ("25-year-old", "injured", 1)),
        (
            "Police said a 40-year-old suffered stab wounds to the back.",
            ("40-year-old", "injured", 1),
        ),
        # with a person noun the parse was already right
        (
            "A 19-year-old man suffered gunshot wounds to his arm and leg.",
            ("A 19-year-old man", "injured", 1),
        ),
    ],
)
def test_an_age_that_suffered_wounds_was_hurt(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A gunshot victim arrived at the hospital Sunday.", ("A gunshot victim", "shot", 1)),
        (
            "A gunshot victim walked into Mercy Hospital early Sunday.",
            ("A gunshot victim", "shot", 1),
        ),
        (
            "A gunshot victim showed up at a local hospital overnight.",
            ("A gunshot victim", "shot", 1),
        ),
        # a stabbing victim is hurt, as "was stabbed"
        (
            "Later a stabbing victim arrived at the hospital.",
            ("a stabbing victim", "injured", 1),
        ),
    ],
)
def test_a_new_victim_arriving_for_care_was_hurt(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Shooting claims life of teen" + _BODY, ("teen", "killed", 1)),
        ("Stabbing claims the life of 19-year-old" + _BODY, ("19-year-old", "killed", 1)),
        ("Crash takes lives of mother, son" + _BODY, ("mother, son", "killed", 2)),
        ("Man treated, released after shooting" + _BODY, ("Man", "injured", 1)),
        ("Woman treated and released after stabbing" + _BODY, ("Woman", "injured", 1)),
        ("Teen treated for gunshot wound" + _BODY, ("Teen", "injured", 1)),
    ],
)
def test_headline_lives_claimed_and_care(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a victim named again, or no place of care, or no victim arriving
        "The gunshot victim arrived at the hospital.",
        "A victim arrived at the courthouse to testify.",
        "A gunshot victim did not arrive at the hospital.",
        # a word of suffering that is no wound
        "A 19-year-old suffered heavy losses in the market.",
        # a headline's claim that is no life, and treated in another sense
        "Tax claims life of its own" + _BODY,
        "Workers treated unfairly, union says" + _BODY,
        "Students treated to concert" + _BODY,
        "Man treated for depression after divorce" + _BODY,
        # mortally in no wound
        "The senator was mortally embarrassed by the vote.",
        # ", losing" what is no life
        "The senator lost the vote, losing his seat.",
        "The plane crashed, losing power.",
        "The driver crashed into a pole, nearly losing his life.",
    ],
)
def test_the_shapes_in_no_casualty_sense_count_no_one(nlp, text):
    assert _counts(nlp, text) == []
