"""Harm said by a participle the parse misreads or leaves bare (session 56, impl56b): "The
24-year-old was slain" where the tagger calls "slain" an adjective after an age (killed, as "A
man was slain"), and a bare "was paralyzed" with gunfire told around it (injured, as "was left
paralyzed after the shooting", left_states.py). Invented sentences, with parallels that count
no one."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Shots were fired on Pine Street on Friday night. A 24-year-old was slain.",
            ("A 24-year-old", "killed", 1),
        ),
        (
            "Shots were fired on Pine Street on Friday night. The 24-year-old was slain.",
            ("The 24-year-old", "killed", 1),
        ),
        ("The 3-year-old was slain in her home.", ("The 3-year-old", "killed", 1)),
    ],
)
def test_age_slain_is_killed(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Shots were fired on Pine Street on Friday night. A man was paralyzed.",
            ("A man", "injured", 1),
        ),
        (
            "Gunfire erupted at the party. The 24-year-old was paralyzed from the waist down.",
            ("The 24-year-old", "injured", 1),
        ),
        (
            "Shots were fired near the home of Tom Reyes. Reyes was paralyzed.",
            ("Reyes", "injured", 1),
        ),
    ],
)
def test_person_paralyzed_near_gunfire_is_hurt(nlp, text, count):
    assert count in _counts(nlp, text)


def test_paralyzed_by_a_bullet_keeps_shot(nlp):
    assert _counts(nlp, "A man was paralyzed by a bullet.") == [("A man", "shot", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "The city was paralyzed by the snow.",
        "Shots were fired on Pine Street. The neighborhood was paralyzed.",
        "A man was paralyzed in a car crash.",
        "Shots were fired on Pine Street. A man was not paralyzed.",
        "The dragon was slain by the knight.",
    ],
)
def test_no_person_or_no_gunfire_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
