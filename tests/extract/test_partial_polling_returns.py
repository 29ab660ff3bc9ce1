"""Results covering part of the polling stations are preliminary, the coverage itself and a
past level are not (partial_returns.py; gold README, preliminary: "initial count"). Invented
sentences.
"""

from tests.conftest import kinds_of

PRELIMINARY = "preliminary"
COVERING = (
    "Figures released by the election board on Monday, covering 2,118 of the country's 3,460 "
    "polling stations, gave Tembo 47.3% of the vote against 44.9% for Lungu."
)
BASED = (
    "The board said the figures were based on returns from 1,204 of the country's 1,980 "
    "polling centres, and that turnout stood at about 58 percent, up from 52 percent in 2019."
)


def test_results_covering_part_of_the_stations_are_preliminary(nlp):
    assert PRELIMINARY in kinds_of(nlp, COVERING, "47.3%")
    assert PRELIMINARY in kinds_of(nlp, COVERING, "44.9%")
    assert PRELIMINARY in kinds_of(nlp, BASED, "58 percent")


def test_the_coverage_and_a_past_level_stay_unchanged(nlp):
    assert PRELIMINARY not in kinds_of(nlp, COVERING, "2,118")
    assert PRELIMINARY not in kinds_of(nlp, BASED, "52 percent")


def test_results_covering_every_station_are_final(nlp):
    text = (
        "Figures covering 3,460 of the country's 3,460 polling stations gave Tembo 47.3% of "
        "the vote."
    )
    assert PRELIMINARY not in kinds_of(nlp, text, "47.3%")
