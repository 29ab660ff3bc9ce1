"""wspan69 (session 69): figures named again by their number ("the two death tolls", "the
three tallies") are no claim; counts of charges and figures counted afresh stay claims.
Invented texts.

tests/wirem, wire2c, wire2d golds: three writers, each a re-mention.
"""

from __future__ import annotations

from tests.conftest import mention_texts


def test_the_two_death_tolls_named_again_are_no_claim(nlp):
    text = (
        "The regional government put the toll at 41; the ministry said 37. "
        "Officials did not explain why the two death tolls differ."
    )
    texts = mention_texts(nlp, text)
    assert "two" not in texts
    assert "41" in texts


def test_the_three_tallies_named_again_are_no_claim(nlp):
    text = (
        "The hospital counted 52 dead, the police 48 and the Red Crescent 60. "
        "The agency could not reconcile the three tallies."
    )
    assert "three" not in mention_texts(nlp, text)


def test_counts_of_a_charge_stay_claims(nlp):
    text = "Prosecutors charged him with the two counts of fraud that the jury later rejected."
    assert "two" in mention_texts(nlp, text)


def test_figures_without_a_determiner_stay_claims(nlp):
    text = "Three estimates were published on Monday, the agency said."
    assert "Three" in mention_texts(nlp, text)
