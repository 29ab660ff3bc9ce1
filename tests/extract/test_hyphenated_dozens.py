"""A spelled number hyphenated to "dozen" is one number ("nearly two-dozen counties" = 24),
read as its spaced spelling "two dozen" is."""

from __future__ import annotations

from factcheck.model import Approx
from tests.conftest import claim_named


def test_two_dozen_with_a_hyphen_is_twenty_four(nlp):
    text = "The governor still had nearly two-dozen counties left to visit before the vote."
    claim = claim_named(nlp, text, "nearly two-dozen")
    assert claim is not None
    assert claim.value == 24
    assert claim.approx == Approx.APPROXIMATE


def test_three_dozen_with_a_hyphen_and_no_qualifier_is_exact(nlp):
    claim = claim_named(nlp, "Investigators recovered three-dozen shell casings.", "three-dozen")
    assert claim is not None and claim.value == 36
