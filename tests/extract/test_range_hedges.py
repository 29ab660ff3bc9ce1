"""A hedge that reaches a range's upper figure hedges the whole range (session 68).

Gold README, "hedged": a range is one figure, estimated as a whole; the parse may hang its lower
figure where the hedge's path test does not reach (tests/wirey y_5 gold). Invented sentences.
"""

from tests.conftest import kinds_of

HEDGED = "hedged"


def test_an_estimated_range_of_shares_is_hedged(nlp):
    text = "Nadia Roche estimated that 40% to 45% of the fleet is now uninsured."
    assert HEDGED in kinds_of(nlp, text, "40%")


def test_a_range_under_no_hedge_stays_unhedged(nlp):
    text = "Nadia Roche said that 40% to 45% of the fleet is now uninsured."
    assert HEDGED not in kinds_of(nlp, text, "40%")


def test_the_starting_level_of_an_estimated_change_is_no_range(nlp):
    text = "Officials project that spending will rise to $12 million next year from $9 million."
    assert HEDGED not in kinds_of(nlp, text, "$9 million")
