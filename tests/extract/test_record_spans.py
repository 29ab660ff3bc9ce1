"""tspan (session 45): a span of time glued to the noun of a record ("a 13-year low") is the
stretch the record holds over, a claim (gold README, "the slowest rate in 13 years"), not a
compound descriptor or a date."""

from __future__ import annotations

import pytest

from tests.conftest import claim_named, mention_texts


@pytest.mark.parametrize(
    "text, span, unit",
    [
        ("Mortgage rates sank to a 13-year low last week, the bank said.", "13-year", "year"),
        (
            "The peso hit a two-decade high against the dollar, traders said.",
            "two-decade",
            "decade",
        ),
        (
            "Unemployment in the county has fallen to 40-year lows, officials said.",
            "40-year",
            "year",
        ),
    ],
)
def test_a_span_glued_to_a_record_low_or_high_is_a_claim_with_its_unit(
    nlp, text: str, span: str, unit: str
):
    claim = claim_named(nlp, text, span)
    assert claim is not None and claim.text == span
    assert claim.unit == unit


@pytest.mark.parametrize(
    "text, figure",
    [
        ("He skipped his 10-year high school reunion in June.", "10"),
        ("The fund sold a 30-year high-yield bond.", "30"),
        ("The club signed him to a four-year deal.", "four"),
    ],
)
def test_a_span_before_another_noun_stays_a_compound_descriptor(nlp, text: str, figure: str):
    assert not any(figure in claim for claim in mention_texts(nlp, text))
