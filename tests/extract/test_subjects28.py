"""Subjects of session 24's subjects28 branch, on invented sentences parallel to real cases."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Dana Reed, a nurse, said she makes $52,000 a year.", "$52,000"),
        ("The rule covers clerks making less than $39,000 per year.", "less than $39,000"),
        ("For arranging the merger, the bank will make $12.5 million.", "$12.5 million"),
    ],
)
def test_money_someone_makes_is_income(nlp, text, figure):
    assert subject_of(nlp, text, figure).split()[0] == "income"


@pytest.mark.parametrize(
    "text, figure, margin",
    [
        (
            "A new survey found Ms. Lind leading Mr. Oakes by nine points among likely voters.",
            "nine points",
            "lead margin leading",
        ),
        (
            "Ms. Lind trails Mr. Vance by about 12 points among older voters.",
            "about 12 points",
            "lead margin trails",
        ),
        ("Hale lost the primary by 31 points.", "31 points", "margin lost"),
    ],
)
def test_points_a_race_is_won_or_led_by_are_its_margin(nlp, text, figure, margin):
    assert subject_of(nlp, text, figure) == f"{margin} in points"


def test_points_an_index_moves_stay_the_index(nlp):
    assert subject_of(nlp, "The index rose 4.2 points on Friday.", "4.2 points") == "index"
