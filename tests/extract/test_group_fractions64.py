"""Not claims, session 64 (rg64): a fraction after a ranking word names a group ("the top half
of the income distribution"), as "the top 1 percent" does; a plain share stays a claim.

Sentences are invented, parallel to real cases (realgold48, realgold24, realgold32).
"""

import pytest

from tests.conftest import claim_texts


@pytest.mark.parametrize(
    "text",
    [
        "Households from the top half of the income scale would get 30% more from the plan "
        "than renters from the lower half of the income scale.",
        "The tax credit mostly helps the bottom half of earners in the county.",
    ],
)
def test_ranked_fraction_naming_a_group_is_not_a_claim(nlp, text):
    texts = claim_texts(nlp, text)
    assert "half" not in texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Half of the voters in the county backed the levy.", "Half"),
        ("Sales fell by a third in the first half of the year.", "a third"),
    ],
)
def test_plain_share_stays_a_claim(nlp, text, figure):
    assert figure in claim_texts(nlp, text)
