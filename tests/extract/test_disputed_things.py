"""A dispute verb over a count of things acted on disputes no figure (disputed_things.py).

Gold README, disputed: "someone contests the figure". Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

DISPUTED = "disputed"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("About 2,000 ballots were rejected, the county clerk said.", "2,000"),
        ("Twelve seats are contested in this year's election, the board said.", "Twelve"),
        ("Three of the 40 insurance claims were denied by the insurer, the company said.", "Three"),
        ("Officials said 45 applications were rejected last year.", "45"),
        ("The judge dismissed 14 of the 20 charges against him.", "14"),
        ("Experts on the region said 60 percent of the country's districts were contested.", "60"),
        (
            "The ministry rejected that figure, saying fewer than 100 people had been questioned.",
            "100",
        ),
    ],
)
def test_a_count_of_things_rejected_or_contested_is_not_disputed(nlp, text, figure):
    assert DISPUTED not in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The figure of 300 deaths was disputed by the ministry.", "300"),
        ("The count of 4,000 marchers was contested by police.", "4,000"),
        ("Police denied reports that 12 protesters were arrested.", "12"),
    ],
)
def test_a_figure_under_a_dispute_verb_is_still_disputed(nlp, text, figure):
    assert DISPUTED in kinds_of(nlp, text, figure)
