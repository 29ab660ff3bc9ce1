"""A person hurt whose own relative clause says they died ("The gunman shot his wife, who died
at the scene", "The shooting wounded a man, who died two days later") is 1 killed, not 1 shot
or injured (implied/later_deaths.py ``dies_in_relative``, impl58; as "a man who was shot
Saturday died" is). A clause that tells no death, or another person's, keeps the harm.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import implied_counts


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The gunman shot his wife, who died at the scene, and then fled.",
            ("his wife", "killed", 1),
        ),
        (
            "Police said the suspect stabbed a neighbor, who later died at the hospital.",
            ("a neighbor", "killed", 1),
        ),
        (
            "A man shot a teenager who died hours later at Regional Medical Center.",
            ("a teenager", "killed", 1),
        ),
        (
            "The shooting wounded a 20-year-old man, who died two days later.",
            ("a 20-year-old man", "killed", 1),
        ),
        (
            "Gunfire struck a 7-year-old girl, who died at the hospital.",
            ("a 7-year-old girl", "killed", 1),
        ),
        (
            "A bullet hit a man, who was taken to Mercy Hospital, where he died.",
            ("a man", "killed", 1),
        ),
    ],
)
def test_a_person_hurt_whose_relative_clause_tells_the_death_is_killed(nlp, text, count):
    assert count in implied_counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The gunman shot a clerk, who survived.", ("a clerk", "shot", 1)),
        ("The gunman shot a clerk who could die.", ("a clerk", "shot", 1)),
        ("The gunman shot a clerk, whose brother died last year.", ("a clerk", "shot", 1)),
        ("A bullet hit a man, who was taken to Mercy Hospital.", ("a man", "shot", 1)),
        ("Police shot a man who had killed his wife.", ("a man", "shot", 1)),
    ],
)
def test_a_relative_clause_without_the_persons_death_keeps_the_harm(nlp, text, count):
    assert count in implied_counts(nlp, text)
