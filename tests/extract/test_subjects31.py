"""Subjects of session 25's subjects31 branch, on invented sentences parallel to real cases."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, margin",
    [
        ("Nurses back Ms. Lind by 14 points, the survey found.", "14 points", "margin"),
        (
            "Renters support Mr. Oakes by 11 points, while homeowners split evenly.",
            "11 points",
            "margin",
        ),
        (
            "The county backed the governor by six points over his rival in 1996.",
            "six points",
            "margin",
        ),
        (
            "Ms. Lind began the year more than 30 points ahead of Mr. Oakes.",
            "more than 30 points",
            "lead margin",
        ),
        (
            "The latest poll has Clinton leading Trump by eight points (48 percent to 40"
            " percent) and Cruz by five points (45 to 40).",
            "five points",
            "lead margin leading",
        ),
    ],
)
def test_points_one_side_is_ahead_by_are_a_margin(nlp, text, figure, margin):
    assert subject_of(nlp, text, figure) == f"{margin} in points"


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Support for Ms. Lind among nurses fell by 14 points.", "14 points"),
        ("The index rose by 12 points and the bond fund by three points.", "three points"),
    ],
)
def test_points_of_a_change_are_not_a_margin(nlp, text, figure):
    assert "margin" not in subject_of(nlp, text, figure)
