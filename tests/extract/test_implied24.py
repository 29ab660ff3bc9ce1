"""Implied counts added in session 21 (branch implied24): invented sentences, gold README
"Implied counts" and the tuning sets' golds."""

from __future__ import annotations

import pytest

from factcheck.extract.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Killed were Ann Lee and Bob Stone, deputies said.",
            [("Ann Lee and Bob Stone", "killed", 2)],
        ),
        (
            "Also killed were the family's 12-year-old son, Tim Lee, and 9-year-old daughter, "
            "Amy Lee.",
            [
                (
                    "the family's 12-year-old son, Tim Lee, and 9-year-old daughter, Amy Lee",
                    "killed",
                    2,
                )
            ],
        ),
        (
            "Deputies said the dead were Mark Hill, 31; Rosa Diaz, 28; and a 2-year-old girl.",
            [("Mark Hill, 31; Rosa Diaz, 28; and a 2-year-old girl", "killed", 3)],
        ),
        (
            "The sheriff identified the dead as Mark Hill and Rosa Diaz, both of Elmwood.",
            [("Mark Hill and Rosa Diaz", "killed", 2)],
        ),
        ("The sheriff identified the dead as residents of Elmwood.", []),
        ("Among the dead were several tourists.", []),
    ],
)
def test_list_of_the_dead_is_one_count(nlp, text, expected):
    assert _counts(nlp, text) == expected
