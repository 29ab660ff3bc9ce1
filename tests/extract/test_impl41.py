"""Implied counts missed in local shooting news (session 33, branch impl41): people whose
injuries a clause describes (casualty_vocab5.py), and people a reduced relative says gunfire
struck or "blasted" in a part of the body (casualty_measures.py). Invented sentences; gold
README "Implied counts"; docs/gold-conventions.md "Vocabulary of casualty shapes"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied import find_implied_counts


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
