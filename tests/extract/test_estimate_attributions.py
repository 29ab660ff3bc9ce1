"""A figure attributed to an estimate ("according to estimates by X") is hedged
(estimate_attributions.py; gold README, hedged: "estimated"). Invented sentences."""

import pytest

from tests.conftest import kinds_of

HEDGED = "hedged"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Ransoms paid for seized tankers averaged about $3 million, according to estimates"
            " by Lagos-based consultancy Gulf Risk Partners.",
            "$3 million",
        ),
        (
            "Successive governments have spent more than $60 billion on the water sector since"
            " 2005, according to an estimate by parliament's finance committee.",
            "$60 billion",
        ),
    ],
)
def test_a_figure_according_to_an_estimate_is_hedged(nlp, text, figure):
    assert HEDGED in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a count, no estimate named in the attribution
        (
            "Ransoms paid for seized tankers averaged about $3 million, according to records"
            " kept by Lagos-based consultancy Gulf Risk Partners.",
            "$3 million",
        ),
        # a calculation is no estimate named here
        (
            "A living wage in Dorvan is about $14 an hour, according to calculations by a"
            " researcher at Halden University.",
            "$14",
        ),
    ],
)
def test_an_attribution_to_no_estimate_does_not_hedge(nlp, text, figure):
    assert HEDGED not in kinds_of(nlp, text, figure)
