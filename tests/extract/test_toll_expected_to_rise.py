"""A toll someone expects or fears will rise, said with the verb active ("officials expect the
death toll to rise", "fear the number will climb"): the gold README's preliminary cue
"expected to rise"; and counts still coming in worded "with votes still being counted" or
"with 60 percent reporting" (session 61, cav61)."""

from __future__ import annotations

import pytest

from tests.conftest import preliminary_of as _preliminary


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "At least 14 people died in the flood. Officials expect the death toll to rise.",
            "At least 14",
        ),
        ("Nine people were killed in the blast, and officials fear the number will climb.", "Nine"),
    ],
)
def test_a_toll_expected_to_rise_is_preliminary(nlp, text, figure):
    assert _preliminary(nlp, text)[figure] is True


def test_a_forecast_of_a_new_level_is_no_preliminary_cue(nlp):
    found = _preliminary(nlp, "Analysts expect the number of jobs to rise by 90,000.")
    assert found["90,000"] is False


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Ortiz led Lane 54 percent to 41 percent, with ballots still being counted.",
            "54 percent",
            True,
        ),
        ("With 60 percent reporting, Ortiz leads with 54 percent.", "54 percent", True),
        ("With 100 percent reporting, Ortiz won 54 percent.", "54 percent", False),
    ],
)
def test_counts_still_coming_in_are_preliminary(nlp, text, figure, expected):
    assert _preliminary(nlp, text)[figure] is expected
