"""Transfers to care in the other verbs a local reporter writes (lexicon HOSPITAL_VERBS,
session 53): "was driven to the hospital by a friend", "was carried / brought to the emergency
room", "was transferred to a trauma center", "was admitted to the hospital" are 1 injured, as
"was taken to a hospital" (docs/gold-conventions.md "Vocabulary of casualty shapes": a transfer
to a hospital alone stays 1 injured). Not counted: the same verbs without a place of care.
Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man was driven to the hospital by a friend.", ("A man", "injured", 1)),
        ("A teen was driven to a hospital in a private car.", ("A teen", "injured", 1)),
        ("A friend drove a woman to the hospital after the shooting.", ("a woman", "injured", 1)),
        ("A man was carried to the hospital by neighbors.", ("A man", "injured", 1)),
        ("A man was brought to the emergency room.", ("A man", "injured", 1)),
        ("A woman was transferred to a trauma center.", ("A woman", "injured", 1)),
        ("A 20-year-old man was admitted to the hospital.", ("A 20-year-old man", "injured", 1)),
        (
            "A man was driven to the hospital, where he died.",
            ("A man", "killed", 1),
        ),
    ],
)
def test_a_person_carried_to_care_by_another_verb_is_injured(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "He drove to the hospital to visit his mother.",
        "The suspect was transferred to the county jail.",
        "He was admitted to the bar in 1990.",
        "The suspect admitted to the shooting.",
        "A man was brought to the police station.",
        "Donations were brought to the hospital by volunteers.",
    ],
)
def test_the_same_verbs_without_a_place_of_care_count_no_one(nlp, text):
    assert _counts(nlp, text) == []
