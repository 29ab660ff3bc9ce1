"""A multiple set off after an estimated figure restates the estimate: hedged too
(restated_multiples.py). Gold README, hedged ("estimated"); invented sentences.
"""

import pytest

from tests.conftest import kinds_of

HEDGED = "hedged"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The Norvik mapping service estimated from aerial photographs that the blaze had"
            " burned about 7,400 hectares by Tuesday evening, roughly three times the area it"
            " had mapped a day earlier.",
            "three times",
        ),
        (
            "She estimated that sales grew by around 6% in May, roughly double the rate in"
            " value terms.",
            "double",
        ),
        (
            "Veland's stock of gold was estimated at 812 kilograms, more than 30 times the"
            " limit set under a 2012 deal, according to the report.",
            "30 times",
        ),
    ],
)
def test_a_multiple_restating_an_estimate_is_hedged(nlp, text, figure):
    assert HEDGED in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the hedge is the estimate's own adjective: it governs that figure alone
        (
            "Floods killed an estimated 2,300 people in Velmora last spring, nearly eight"
            " times the number recorded by the government, according to a new study.",
            "eight times",
        ),
        # a clause of its own: a new claim, not the estimate said again
        (
            "Police estimated the crowd at 5,000, and the organisers said it was three times that.",
            "three times",
        ),
        # no estimate before it
        (
            "The fire burned 7,400 hectares by Tuesday, roughly three times the area of the city.",
            "three times",
        ),
    ],
)
def test_a_multiple_after_no_estimate_of_its_clause_is_not_hedged(nlp, text, figure):
    assert HEDGED not in kinds_of(nlp, text, figure)
