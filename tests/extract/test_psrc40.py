"""psrc40 (session 32): a figure that measures the reporting act is not what the act reports.
Invented sentences parallel to the real ones."""

from __future__ import annotations

import pytest

from tests.conftest import source_of


# "So I testified for 11 hours" (realgold8 gold: the transcript speaker, not "I"), "At least a
# half-dozen times, Trump cited ..." (realgold12 gold: no source): how long or how often the
# speaker spoke is not what the speaker told.
@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("Lopez testified for nine hours. Anybody who watched knows it.", "nine", ""),
        ("At least six times, Lopez cited the plan, which she said had cut costs.", "six", ""),
        ("In a short reply, Ruiz mentioned the paper five times and blamed it.", "five", ""),
        ("Police said the suspect talked for two hours with negotiators.", "two", "Police"),
    ],
)
def test_figure_measuring_the_reporting_act_is_not_reported(nlp, text, figure, expected):
    assert source_of(nlp, text, figure)[0] == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("The mayor said 12 roads closed over two days.", "two", "The mayor"),
        ("Officials reported 40 cases in three of the counties.", "three", "Officials"),
    ],
)
def test_figure_inside_what_is_reported_keeps_the_speaker(nlp, text, figure, expected):
    assert source_of(nlp, text, figure)[0] == expected
