"""A forecast word that already says what it forecasts, a rise with no size ("a toll officials
expect to rise", "so we are expecting more deaths"), hedges no figure the parse hangs under it
from another clause: the count may rise (gold README, preliminary), nothing is estimated
(forecast_hedges.forecasts_a_rise). Invented sentences.
"""

from tests.conftest import kinds_of

HEDGED = "hedged"


def test_a_toll_expected_to_rise_is_not_hedged(nlp):
    text = (
        "At least 23 people died in the mudslide, the regional governor said, a toll rescuers "
        "expect to rise as they reach the upper valley."
    )
    assert HEDGED not in kinds_of(nlp, text, "23")


def test_a_figure_before_expecting_more_deaths_is_not_hedged(nlp):
    text = (
        '"Most of them have burns on more than 40 percent of their skin, so we are expecting '
        'more deaths," said Dr Lena Oduya.'
    )
    assert HEDGED not in kinds_of(nlp, text, "40 percent")


def test_a_rise_with_its_own_size_stays_hedged(nlp):
    assert HEDGED in kinds_of(nlp, "Analysts expect fares to rise to $7 a ride next year.", "$7")


def test_more_deaths_with_a_number_stays_hedged(nlp):
    assert HEDGED in kinds_of(nlp, "Officials expect 300 more deaths this winter.", "300")
