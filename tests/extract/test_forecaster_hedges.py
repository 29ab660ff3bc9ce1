"""A weather forecaster's figure in a look-ahead clause is a forecast: hedged
(forecaster_hedges.py; docs/gold-conventions.md "Forecasts and beliefs" (b)). Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

HEDGED = "hedged"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Forecasters said Lunara would weaken into a depression over the hills by"
            " Thursday, but could still dump more than 150 millimeters of rain on parts of the"
            " coast in 12 hours.",
            "150 millimeters",
        ),
        (
            "The weather office said the cold spell would persist for at least four more days.",
            "four",
        ),
    ],
)
def test_a_forecasters_look_ahead_figure_is_hedged(nlp, text, figure):
    assert HEDGED in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a measurement the weather office gives, no forecast
        ("The weather office said the highest temperature on Monday was 44.1 C in Dorvan.", "44.1"),
        # a look-ahead clause from a source that is no forecaster
        ("The mayor said the cold spell would persist for at least four more days.", "four"),
    ],
)
def test_no_forecasters_forecast_is_not_hedged_by_this_rule(nlp, text, figure):
    assert HEDGED not in kinds_of(nlp, text, figure)
