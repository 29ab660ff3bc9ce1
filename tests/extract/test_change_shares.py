"""A fraction after "by" on a verb of change is a share (change_shares)."""

from __future__ import annotations

from tests.conftest import claim_named, claim_texts


def test_cut_by_a_third_is_a_share(nlp):
    text = "The city aims at cutting its water use by a third by 2030."
    claim = claim_named(nlp, text, "a third")
    assert claim is not None and claim.value == 0.333 and claim.unit == "share"


def test_fell_by_half_is_a_share(nlp):
    claim = claim_named(nlp, "Ridership fell by half during the strike.", "half")
    assert claim is not None and claim.value == 0.5


def test_by_a_third_on_no_change_verb_is_not_read(nlp):
    assert claim_texts(nlp, "The motion passed by a third.") == []
