"""Two shares joined by "between ... and" are one range (share_ranges)."""

from __future__ import annotations

from tests.conftest import claim_named


def test_between_two_fractions_is_a_range(nlp):
    claim = claim_named(
        nlp,
        "In three counties, attendance fell by between a quarter and a third.",
        "between a quarter and a third",
    )
    assert claim is not None
    assert (claim.value, claim.high, claim.approx.value) == (0.25, 0.333, "range")


def test_between_hyphenated_fractions_is_a_range(nlp):
    claim = claim_named(
        nlp,
        "Turnout dropped by between one-fifth and one-quarter in rural towns.",
        "between one-fifth and one-quarter",
    )
    assert claim is not None and (claim.value, claim.high) == (0.2, 0.25)
