"""A delivery scheduled under a passive "expected" is no forecast of a size: "a further 8,000
doses were expected next week", "Two are expected to arrive on Thursday" -> not hedged (tests/
wired d_3, wirez z_5, wire2f f_3, wire2h h_2, wire2u u_1 golds). A crowd "expected to attend"
stays a forecast. Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

HEDGED = "hedged"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The agency said a further 8,000 doses were expected next week.", "8,000"),
        (
            "Greece asked for four more aircraft. Two are expected to arrive on Thursday "
            "morning, officials said.",
            "Two",
        ),
        (
            "An excavator was the first to arrive, and two more were expected Monday, Brenner "
            "said.",
            "two",
        ),
    ],
)
def test_a_delivery_expected_is_not_hedged(nlp, text, figure):
    assert HEDGED not in kinds_of(nlp, text, figure)


def test_a_crowd_expected_to_attend_stays_hedged(nlp):
    text = "About 400 people are expected to attend the rally, police said."
    assert HEDGED in kinds_of(nlp, text, "400")
