"""A margin keeps its verb as written beside "margin" (poll_subjects.margin_of): the golds list
the verb alone ("led", "trailed", "won", "losing") as often as "margin" or "lead"."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, verb",
    [
        (
            "Mr. Hale led Ms. Ortiz by 14 percentage points among rural voters.",
            "14 percentage points",
            "led",
        ),
        ("Ms. Ortiz trailed Mr. Hale by 6 points with most precincts in.", "6 points", "trailed"),
        ("The mayor won the county by 9 percentage points in 2008.", "9 percentage points", "won"),
        (
            "Polls had Ortiz losing the suburbs by 21 percentage points.",
            "21 percentage points",
            "losing",
        ),
    ],
)
def test_margin_names_its_verb_as_written(nlp, text: str, figure: str, verb: str) -> None:
    subject = subject_of(nlp, text, figure).split()
    assert "margin" in subject
    assert verb in subject
