"""A margin of error the clause states as its predicate, after a phrase naming the poll, is the
margin of error (error_margins), not "margin" alone; a winner's margin stays a margin."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The margin of error for the Gallup survey was five points.", "five points"),
        (
            "The margin of error for all four county polls was +/-4 percentage points.",
            "4 percentage points",
        ),
        (
            "The margin of sampling error for the Marist sample is 3.8 percentage points.",
            "3.8 percentage points",
        ),
    ],
)
def test_predicated_margin_of_error_names_the_error(nlp, text, figure):
    assert subject_of(nlp, text, figure) == "margin of error"


def test_a_winners_margin_is_no_margin_of_error(nlp):
    assert subject_of(nlp, "The margin for the winner was six points.", "six points") != (
        "margin of error"
    )
