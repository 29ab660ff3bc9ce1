"""pollpair (session 44): a net rating's sign starts its mention and a minus makes the value
negative (signed_figures.py); "plus or minus" is a margin of error, and "negative" before a
share is no sign."""

from __future__ import annotations

import pytest

from factcheck.extract.mentions.signed_figures import signed_start
from tests.conftest import claims_of, find_mention


def _claim(nlp, text: str, figure: str):
    return next(c for c in claims_of(nlp, text) if c.text == figure)


@pytest.mark.parametrize(
    "text, figure, value",
    [
        ("Among seniors, the governor's net rating is minus 18.", "minus 18", -18),
        ("Ms. Ortiz had a net negative rating of -14 points in the poll.", "-14 points", -14),
        ("His favorability sits at +27 points in the new survey.", "+27 points", 27),
        ("Approval of Mr. Lee, still a net negative 5 points, has risen.", "negative 5 points", -5),
        ("Her net positive is two points, down from plus 19 points.", "plus 19 points", 19),
    ],
)
def test_a_net_ratings_sign_starts_its_claim_and_a_minus_makes_it_negative(
    nlp, text: str, figure: str, value: float
):
    assert _claim(nlp, text, figure).value == value


@pytest.mark.parametrize(
    "text, figure, value",
    [
        (
            "The margin of error is plus or minus 4.5 percentage points.",
            "4.5 percentage points",
            4.5,
        ),
        ("He has a negative 38% approval rating among women.", "38%", 38),
    ],
)
def test_plus_or_minus_and_negative_before_a_share_are_no_sign(
    nlp, text: str, figure: str, value: float
):
    doc, mention = find_mention(nlp, text, figure)
    assert signed_start(doc, *mention.figure) is None
    assert _claim(nlp, text, figure).value == value
