"""A race's words in a figure no side gives as its result carry no partisan_source
(race_unreal.py): a question, a hope said as reachable, an earlier race.

docs/gold-conventions.md "Candidates and campaigns as a partisan source". Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The Ortiz campaign opened an office in Dayton in 2024. Ortiz said Lopez got "
            "half a million fewer votes than Reyes in 2008.",
            "half a million",
        ),
        (
            'The Ortiz campaign opened an office in Dayton. "We can win Ohio. Nine thousand '
            'votes is very achievable," Ortiz said.',
            "Nine thousand",
        ),
        (
            "The Ortiz campaign opened an office in Dayton. Ortiz said of Lopez: Has she won "
            "40 percent of the vote in any primary?",
            "40 percent",
        ),
    ],
)
def test_a_race_figure_no_side_gives_is_not_partisan(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The Ortiz campaign opened an office in Dayton in 2024. Ortiz said Lopez had won "
            "only four states in 2024.",
            "four",
        ),
        (
            'The Ortiz campaign opened an office in Dayton in 2024. "I won this district by 20 '
            'points in 2010," Ortiz said.',
            "20 points",
        ),
        (
            'The Ortiz campaign opened an office in Dayton. "Nine thousand votes were cast for '
            'us in Dayton," Ortiz said.',
            "Nine thousand",
        ),
    ],
)
def test_a_race_result_a_side_gives_stays_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)
