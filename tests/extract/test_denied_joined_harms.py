"""A person the text says was not harmed is counted by no one: "His daughter was in the car but
was not injured", "A woman was inside the home but was not shot" (the joined verb's own "not";
implied/casualty_measures.py ``is_unreal``, impl58). A harm followed by a denied one keeps its
own measure: "A boy was shot but was not seriously hurt" is 1 shot. Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import implied_counts


@pytest.mark.parametrize(
    "text",
    [
        "His daughter was in the car but was not injured.",
        "A woman was in the car but was not hurt.",
        "A woman was inside the home but was not shot.",
        "A passenger was in the car but wasn't hurt.",
        "A 5-year-old boy was in the back seat and was not injured.",
    ],
)
def test_a_person_said_not_harmed_in_a_joined_clause_is_not_counted(nlp, text):
    assert implied_counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A boy was shot but was not seriously hurt.", ("A boy", "shot", 1)),
        ("A man was in the car and was injured.", ("A man", "injured", 1)),
        ("A woman was shot and could die.", ("A woman", "shot", 1)),
    ],
)
def test_a_harm_before_a_denied_one_keeps_its_measure(nlp, text, count):
    assert count in implied_counts(nlp, text)
