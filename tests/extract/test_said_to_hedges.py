"""A figure someone "is said to" have or be is hedged, as "believed to" is (said_to_hedges.py;
gold README, hedged). Invented sentences."""

import pytest

from tests.conftest import kinds_of

HEDGED = "hedged"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The reclusive investor is said to be worth $2 billion.", "$2 billion"),
        ("The gang is said to have about 200 members, according to police.", "200"),
        ("Ten people are said to have died in the attack.", "Ten"),
        ("The painting is rumored to be worth $40 million.", "$40 million"),
    ],
)
def test_a_figure_said_to_be_so_is_hedged(nlp, text, figure):
    assert HEDGED in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The mayor said 10 people died.", "10"),
        ("The company said it had 300 workers.", "300"),
        ("Police said the man, who was said to be armed, shot 2 people.", "2"),
        ("The mayor is said to have told aides that 10 people died.", "10"),
    ],
)
def test_said_as_an_attribution_does_not_hedge(nlp, text, figure):
    assert HEDGED not in kinds_of(nlp, text, figure)
