"""A count's progress ("with 87.5% of ballots counted") is a fact of the moment, not a result
that may change: a cue that the count is provisional makes its results preliminary, not the share
counted so far (gold README, preliminary: "the figure may change"; tests/wiref f_5, wirej j_5,
wirey y_3, wire2c c_4, wire2e e_4 golds: the share counted never preliminary). Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PRELIMINARY = "preliminary"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "With 87.5% of ballots counted, the Harvest Party has 39 seats, the provisional "
            "count shows.",
            "87.5%",
        ),
        (
            "With 62.4 percent of the vote counted, the Harvest Party leads with 44.6 percent, "
            "according to the provisional count published by the commission.",
            "62.4 percent",
        ),
        (
            "Here is where things stand, with 99.2% of the vote counted, according to the "
            "commission. The Harvest Party has 41 seats. These numbers are still provisional.",
            "99.2%",
        ),
    ],
)
def test_the_share_counted_is_not_preliminary(nlp, text, figure):
    assert PRELIMINARY not in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "With 87.5% of ballots counted, the Harvest Party has 39 seats, the provisional "
            "count shows.",
            "39",
        ),
        (
            "With 62.4 percent of the vote counted, the Harvest Party leads with 44.6 percent, "
            "according to the provisional count published by the commission.",
            "44.6 percent",
        ),
    ],
)
def test_the_results_so_far_stay_preliminary(nlp, text, figure):
    assert PRELIMINARY in kinds_of(nlp, text, figure)


def test_a_share_won_with_the_votes_counted_stays_preliminary(nlp):
    text = (
        "Partial results compiled by the commission showed Ana Ruiz leading with 52.4% of votes "
        "counted so far, against 31.8% for Tom Reyes."
    )
    assert PRELIMINARY in kinds_of(nlp, text, "52.4%")
