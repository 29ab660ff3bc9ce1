"""Caveats, session 21 (`caveats23`)."""

import pytest

from tests.conftest import kinds_of

HEDGED = "hedged"


@pytest.mark.parametrize(
    "text",
    [
        "3 killed on West Side may have died in a drug robbery: police\n\nThe story follows.",
        "Five people shot outside a bar may have been targeted by a gang, police said.",
    ],
)
def test_a_hedge_on_what_is_said_of_a_stated_harm_does_not_hedge_its_count(nlp, text):
    figure = "3" if text.startswith("3") else "Five"
    assert HEDGED not in kinds_of(nlp, text, figure)


def test_a_modal_on_the_count_of_a_harm_still_hedges_it(nlp):
    text = "As many as 20 people may have died in the flood, the mayor said."
    assert HEDGED in kinds_of(nlp, text, "20")
