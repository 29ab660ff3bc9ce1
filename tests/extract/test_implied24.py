"""Implied counts added in session 21 (branch implied24): invented sentences, gold README
"Implied counts" and the tuning sets' golds."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


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


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Paramedics found an injured 7-year-old boy and an injured 30-year-old man inside.",
            [("an injured 7-year-old boy and an injured 30-year-old man", "injured", 2)],
        ),
        (
            "Officers rushed to a gas station to help an injured woman, 41-year-old Lia Park.",
            [("an injured woman", "injured", 1)],
        ),
        (
            "The dead woman was identified as 52-year-old Nora Bell.",
            [("The dead woman", "killed", 1)],
        ),
        ("The dead woman's brother spoke at the vigil.", []),
        ("The goalkeeper played with an injured knee.", []),
    ],
)
def test_casualty_modifier_brings_in_a_person(nlp, text, expected):
    assert _counts(nlp, text) == expected
