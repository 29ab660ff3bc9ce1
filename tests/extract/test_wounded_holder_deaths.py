"""A harm told inside its person's own phrase, where that person is the subject of a death ("A
man with a gunshot wound to the chest died at the scene", "A man suffering from a gunshot
wound was pronounced dead", "found a man with a gunshot wound who died"), is 1 killed, not 1
injured (implied/later_deaths.py ``holder_dies``, impl55; as "A man shot in the chest died").
A death not said as happening keeps the harm. Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man with a gunshot wound to the chest died at the scene.", ("A man", "killed", 1)),
        (
            "A man suffering from a gunshot wound was pronounced dead at the scene.",
            ("A man", "killed", 1),
        ),
        (
            "A teen with multiple gunshot wounds was pronounced dead at Lakeside Hospital.",
            ("A teen", "killed", 1),
        ),
        (
            "Deputies found a woman with a gunshot wound who died at the scene.",
            ("a woman", "killed", 1),
        ),
    ],
)
def test_a_wounded_person_who_dies_in_the_same_clause_is_killed(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man with a gunshot wound to the leg did not die.", ("A man", "injured", 1)),
        (
            "A man with a gunshot wound to the chest could die, doctors said.",
            ("A man", "injured", 1),
        ),
        ("A man with a gunshot wound walked into the hospital.", ("A man", "injured", 1)),
    ],
)
def test_a_wounded_person_whose_death_is_not_told_stays_injured(nlp, text, count):
    assert count in _counts(nlp, text)
