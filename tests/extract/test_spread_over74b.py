"""A span of time a change is spread over ("would climb gradually over six years", "an increase
spread over two years") is exact, not "more than"; a length ("served over 10 years") stays a
bound (session 74, rcav74). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The county's sales tax, now 6 percent, would rise slowly over four years.", "four years"),
        ("The board offered a 3% raise spread over three years, a spokesman said.", "three years"),
        ("The fare, now $2, climbed steadily over five years.", "five years"),
        ("The new rules will be phased in over two years, the agency said.", "two years"),
    ],
)
def test_span_a_change_is_spread_over_is_exact(nlp, text, span):
    texts = {c.text: c for c in claims_of(nlp, text)}
    assert span in texts
    assert texts[span].approx == "exact"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The senator spoke over 12 hours on the floor.", "over 12 hours"),
        ("She has served on the council for over 10 years.", "over 10 years"),
    ],
)
def test_length_after_over_stays_a_lower_bound(nlp, text, span):
    texts = {c.text: c for c in claims_of(nlp, text)}
    assert span in texts
    assert texts[span].approx == "lower_bound"
