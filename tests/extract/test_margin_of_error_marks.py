"""A margin of error's "+/-" glued to its figure is split off (signed_figures.SIGN_PREFIXES)."""

from __future__ import annotations

from tests.conftest import claim_named


def test_glued_margin_of_error_mark_leaves_the_figure(nlp):
    text = "The poll's margin of error was +/-4 percentage points."
    claim = claim_named(nlp, text, "4 percentage points")
    assert claim is not None and claim.value == 4 and claim.approx.value == "exact"
