"""Inverted lists of casualties a local report opens a sentence with (session 56, impl56b,
identified_dead.py): "Dead is John Smith, 24" (the bare state word, in a story of harm),
"Injured was Ann Lee" and "Wounded were Ann Lee and Bob Stone" where the tagger calls the opening
participle a proper noun or an adjective, as "Killed were ..." already counts. Invented
sentences, with parallels that count no one."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Shots rang out on Pine Street. Dead is Tom Reyes, 24.", ("Tom Reyes", "killed", 1)),
        (
            "Gunfire erupted at a party. Dead are Ann Lee, 31, and Tom Reyes, 24.",
            ("Ann Lee, 31, and Tom Reyes", "killed", 2),
        ),
        (
            "Shots rang out on Pine Street. Dead is a 19-year-old man.",
            ("a 19-year-old man", "killed", 1),
        ),
        (
            "Shots rang out on Pine Street. Injured was Ann Lee, 31.",
            ("Ann Lee", "injured", 1),
        ),
        (
            "Shots rang out on Pine Street. Wounded were Ann Lee, 31, and Tom Reyes, 24.",
            ("Ann Lee, 31, and Tom Reyes", "injured", 2),
        ),
    ],
)
def test_inverted_casualty_list_counts_its_people(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Dead last in the poll is Jeb Bush.",
        "Dead are the days of cheap gas.",
        "The Dead played a show. Dead is Jerry Garcia.",
        "Two cars crashed on Route 9. Dead is Tom Reyes, 24.",
        "Injured reserve is where Reyes will stay.",
        "Injured was the word the coach used.",
    ],
)
def test_state_word_opening_no_list_of_casualties_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
