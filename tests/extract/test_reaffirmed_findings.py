"""A poll or a body that "reaffirms" a finding reports the figures of it, as "confirms" does
(pollsrc53): "the poll reaffirmed that ...: 42% of voters say ..." (gold "the poll")."""

from __future__ import annotations

import pytest

from tests.conftest import source_of


@pytest.mark.parametrize(
    "text, figure, source",
    [
        (
            "In Iowa, the survey reaffirmed that Lee's weak spot is the economy: 38% of voters "
            "say he has no plan.",
            "38%",
            "the survey",
        ),
        (
            "The new poll reaffirms that 61 percent of parents back the school levy.",
            "61 percent",
            "The new poll",
        ),
        (
            "The county health board reaffirmed that 14 residents had fallen ill.",
            "14",
            "The county health board",
        ),
    ],
)
def test_a_reaffirmed_finding_is_reported_by_its_subject(nlp, text, figure, source):
    assert source_of(nlp, text, figure)[0] == source


def test_reaffirmed_commitments_with_no_figure_of_theirs_leave_other_figures_alone(nlp):
    text = "The two leaders reaffirmed their alliance. Three ships docked in the harbor on Monday."
    assert source_of(nlp, text, "Three")[0] == ""
