"""appval (session 45): the span of time an amount is spread over is exact ("$40 billion over
eight years"), where "over" a length alone stays a lower bound; "just shy of", "not quite",
"barely" make a figure approximate. Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import claim_mentions


@pytest.mark.parametrize(
    "text, span",
    [
        ("The plan would spend $40 billion on roads over eight years.", "eight years"),
        ("The town cut school aid by nearly $3 million over four years.", "four years"),
        ("He defrauded about 200 investors from his office downtown over 18 months.", "18 months"),
    ],
)
def test_a_span_an_amount_is_spread_over_is_exact(nlp, text, span):
    mentions = claim_mentions(nlp, text)
    assert span in mentions
    assert mentions[span].approx.value == "exact"


@pytest.mark.parametrize(
    "text, span",
    [
        ("The senators filibustered over 30 hours.", "over 30 hours"),
        ("She served on the board for over 20 years.", "over 20 years"),
        ("In 2015 over 300 days were lost to strikes.", "over 300 days"),
    ],
)
def test_over_a_length_without_an_amount_stays_a_lower_bound(nlp, text, span):
    assert claim_mentions(nlp, text)[span].approx.value == "lower_bound"


@pytest.mark.parametrize(
    "text, span",
    [
        ("Just shy of half, 48%, say the economy improved.", "Just shy of half"),
        ("Shares were barely half their offering price.", "barely half"),
        ("The fund paid not quite 12 cents on the dollar.", "not quite 12 cents"),
    ],
)
def test_shy_of_not_quite_and_barely_are_approximate(nlp, text, span):
    assert claim_mentions(nlp, text)[span].approx.value == "approximate"
