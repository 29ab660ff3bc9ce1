"""An apposition closed by a comma that says who one person is ("The victim, a husband and
father, died", "Ann Lee, a mother and a nurse, was killed", "killed his wife, a nurse and
mother of three, before fleeing") counts that one person, not three
(implied/implied_people.py ``restates_one``, impl58). A list after a person still counts each
("A mother, father, and toddler were killed"; "A man, a woman and a child, all from Dayton,
were shot"). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import implied_counts


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The victim, a husband and father, died at the scene.", ("The victim", "killed", 1)),
        ("Ann Lee, a mother and a nurse, was killed.", ("Ann Lee", "killed", 1)),
        ("The victim, a 20-year-old man and father of two, was shot.", ("The victim", "shot", 1)),
        (
            "The shooter killed his wife, a nurse and mother of three, before fleeing.",
            ("his wife", "killed", 1),
        ),
    ],
)
def test_an_apposition_of_one_person_counts_one(nlp, text, count):
    assert count in implied_counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "A mother, father, and toddler were killed.",
            ("A mother, father, and toddler", "killed", 3),
        ),
        (
            "A man, a woman and a child, all from Dayton, were shot.",
            ("A man, a woman and a child", "shot", 3),
        ),
    ],
)
def test_a_list_of_people_still_counts_each(nlp, text, count):
    assert count in implied_counts(nlp, text)
