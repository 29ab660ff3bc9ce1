"""'One of those patients died': one of any people who can be a casualty, dead, is a count
(branch miss53, session 53). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text",
    [
        "Four people were hurt in the crash. One of those patients died on Sunday.",
        "Guards found three men bleeding. One of the inmates died at the prison clinic.",
    ],
)
def test_one_of_any_casualty_noun_who_died_is_a_count(nlp, text):
    assert "One" in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Three men were shot on Elm Street. One of the wounded men died on Sunday.",
        "A scaffold collapsed at the site. One of the injured workers later died.",
        "Police said one of the teenage victims was killed instantly.",
    ],
)
def test_one_of_described_casualty_people_who_died_is_a_count(nlp, text):
    """num54: describing words between "of the" and the people ("the wounded men")."""
    texts = mention_texts(nlp, text)
    assert "One" in texts or "one" in texts


@pytest.mark.parametrize(
    "text",
    [
        "Three men were shot. One of the wounded men spoke to reporters on Monday.",
        "Police said one of the three victims was killed at the house.",
    ],
)
def test_one_of_described_people_stays_a_pronoun_without_its_casualty(nlp, text):
    """Not when the verb tells no casualty, nor past a number (realgold10 gold: "one of the
    three victims was killed" counts the three only)."""
    texts = mention_texts(nlp, text)
    assert "One" not in texts and "one" not in texts


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee, who rose to become one of the town's most beloved teachers, died on Friday.",
        "A mother, a father and one of their young sons were all shot on the porch.",
    ],
)
def test_one_of_described_people_not_the_casualty_subject_stays_a_pronoun(nlp, text):
    """num54: only "one" as the subject of the casualty verb is read past describing words."""
    assert "one" not in mention_texts(nlp, text)
