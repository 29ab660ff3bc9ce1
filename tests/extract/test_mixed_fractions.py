"""A whole number with a fraction is one figure (mixed_fractions)."""

from __future__ import annotations

from tests.conftest import claim_named, claim_texts


def test_spaced_mixed_fraction_is_one_figure(nlp):
    claim = claim_named(nlp, "The board sought a ban of 3 1/2 years for the coach.", "3 1/2 years")
    assert claim is not None and claim.value == 3.5 and claim.unit == "year"


def test_glyph_lost_half_before_a_unit_is_a_half(nlp):
    claim = claim_named(
        nlp, "The agency asked for a sentence of 61/2 years in prison.", "61/2 years"
    )
    assert claim is not None and claim.value == 6.5


def test_fraction_glyph_is_read(nlp):
    claim = claim_named(nlp, "The strike lasted 2½ weeks in all.", "2½ weeks")
    assert claim is not None and claim.value == 2.5


def test_slash_number_before_no_unit_is_not_read(nlp):
    assert claim_texts(nlp, "The hearing is set for 11/2 at the courthouse.") == []


def test_mixed_fraction_compound_is_a_descriptor(nlp):
    assert claim_texts(nlp, "Crews were sent to a 2 1/2-story house on Elm Street.") == []
