"""A survival said as luck (session 56, impl56b, lucky_survivals.py): "was lucky to survive the
shooting", "is fortunate to be alive after being shot" is 1 injured as "survived the shooting"
is, read only where the sentence or the one before tells of harm. Invented sentences, with
parallels that count no one."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man was lucky to survive the shooting.", ("A man", "injured", 1)),
        ("A cashier is lucky to be alive after the shooting.", ("A cashier", "injured", 1)),
        (
            "Shots rang out on Pine Street on Friday. A woman was lucky to survive.",
            ("A woman", "injured", 1),
        ),
        (
            "Gunfire erupted near the home of Tom Reyes. Reyes was fortunate to survive.",
            ("Reyes", "injured", 1),
        ),
        (
            "Police said the 19-year-old was lucky to survive the stabbing.",
            ("the 19-year-old", "injured", 1),
        ),
    ],
)
def test_person_lucky_to_survive_harm_is_hurt(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The firm was lucky to survive the recession.",
        "A man was lucky to be alive after the crash.",
        "The senator was lucky to survive the primary.",
        "A man was not lucky to survive the shooting.",
        "The shop was lucky to survive the shooting.",
    ],
)
def test_luck_without_a_person_or_harm_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
