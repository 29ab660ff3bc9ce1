""" "first" and "original" mark a superseded figure only as "initially" does: when a report
gives the figure and another figure revises it. Otherwise they are first of a series ("in
her first report to the board, the auditor found 12 errors"): no preliminary (gold README,
preliminary: the figure may change). And the revising figure another speaker gives after an
earlier report ("...; deputies later said four") is not itself the earlier report's (session
61, cav61)."""

from __future__ import annotations

import pytest

from tests.conftest import preliminary_of as _preliminary


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("In her first report to the board, the auditor found 12 errors.", "12"),
        ("The county's first count of stray dogs found 3,000.", "3,000"),
    ],
)
def test_first_of_a_series_is_no_preliminary_cue(nlp, text, figure):
    assert _preliminary(nlp, text)[figure] is False


def test_the_revision_another_speaker_gives_is_not_the_earlier_report(nlp):
    found = _preliminary(
        nlp, "Earlier reports said five hikers were hurt; rangers later said four."
    )
    assert found["five"] is True
    assert found["four"] is False
