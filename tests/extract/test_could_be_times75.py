"""A speculative "could be" with a figure that measures a comparison guesses at how far off a
count is: "the true number could be three times higher", "could be 30 or 40 higher" -> hedged
(gold README, hedged: "the figure is a belief, estimate or allegation"; docs/gold-conventions.md
"Forecasts and beliefs"; tests/wired d_4, wire2k k_3, wire2n n_1, wire2v v_2, wire2x x_2 golds).
A stated comparison ("were three times higher") and a forecast of a level stay as they were.
Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

HEDGED = "hedged"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "A doctor at the clinic, Mara Lind, said the true number of cases could be three "
            "times higher.",
            "three times",
        ),
        (
            "Lind said the real toll could be two to three times higher than the official tally.",
            "two to three times",
        ),
        (
            'The captain, Ivo Marsh, said the true number on board "could be 30 or 40 higher".',
            "30 or 40",
        ),
    ],
)
def test_could_be_times_higher_is_hedged(nlp, text, figure):
    assert HEDGED in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The ministry said exports were three times higher than last year.", "three times"),
        ("The ministry said the toll was 30 higher than first reported.", "30"),
    ],
)
def test_a_stated_comparison_is_not_hedged(nlp, text, figure):
    assert HEDGED not in kinds_of(nlp, text, figure)
