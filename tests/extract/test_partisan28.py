"""A candidate speaking on the race it runs in is partisan (`partisan28`, session 24).

docs/gold-conventions.md "Candidates and campaigns as a partisan source". Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "John Ortiz said he had spent about $4 million on television ads in Iowa.",
            "$4 million",
        ),
        (
            'Ortiz spoke in Dayton. "Last week I was 300,000 votes ahead of him," Ortiz said.',
            "300,000",
        ),
        (
            "Maria Lopez said that early in the race she had trailed John Ortiz by 30 points.",
            "30 points",
        ),
    ],
)
def test_a_speaker_counting_their_own_race_is_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The Ortiz campaign opened an office in Dayton. Ortiz said Lopez had won "
            "only four states.",
            "four",
        ),
        (
            "Presidential candidate Ana Lopez toured Ohio on Monday. Lopez said Ortiz "
            "would need 61 percent of the remaining delegates.",
            "61 percent",
        ),
        (
            "Senator Ana Lopez, who has 40 delegates, spoke in Ohio on Monday. Lopez said Ortiz "
            "would need 61 percent of the remaining delegates.",
            "61 percent",
        ),
    ],
)
def test_a_candidate_counting_a_rival_in_the_race_is_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Presidential candidate Ana Lopez toured Ohio on Monday. Lopez said her plan "
            "would save families $3,000 a year.",
            "$3,000",
        ),
        (
            "The Ortiz campaign opened an office in Dayton. Ortiz said the state had lost "
            "40,000 factory jobs.",
            "40,000",
        ),
        (
            "Presidential candidate Ana Lopez toured Ohio on Monday. Lopez said she would stay "
            "in the race if she could win 20 percent of the vote in May.",
            "20 percent",
        ),
    ],
)
def test_a_candidate_on_a_third_matter_or_a_supposed_result_is_not_partisan(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)


def test_a_figure_of_the_race_from_someone_not_marked_a_candidate_is_not_partisan(nlp):
    text = "Maria Chen, a professor, said Lopez would need 61 percent of the remaining delegates."
    assert PARTISAN not in kinds_of(nlp, text, "61 percent")
