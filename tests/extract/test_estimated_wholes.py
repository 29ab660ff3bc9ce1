"""A figure restating or breaking down an estimated subject figure shares its hedge
(estimated_wholes.py; gold README, hedged). Invented sentences."""

import pytest

from tests.conftest import kinds_of

HEDGED = "hedged"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The World Bank estimates that 14 million people - more than a third of the"
            " population - live in poverty this year.",
            "a third",
        ),
        (
            "Lithuanian officials estimate that more than 6,000 soldiers, including about 900"
            " conscripts, remain in captivity.",
            "900",
        ),
    ],
)
def test_a_part_of_an_estimated_subject_figure_is_hedged(nlp, text, figure):
    assert HEDGED in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the whole is no estimate
        (
            "The ministry said 6,000 soldiers, including 900 conscripts, remain in captivity.",
            "900",
        ),
        # the estimate is the whole's own word: it sizes the sum only
        (
            "The company, worth an estimated 800 million euros, including 40 million euros in"
            " property, was sold.",
            "40 million",
        ),
    ],
)
def test_a_part_of_an_unestimated_whole_is_not_hedged(nlp, text, figure):
    assert HEDGED not in kinds_of(nlp, text, figure)
