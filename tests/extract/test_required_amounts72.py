"""A bar to clear ("the 1,237 delegates needed", "the 270 required", "the 4% threshold") is a
known figure: no hedge outside its phrase reaches it, an adverb included ("has reportedly won
the 1,237 delegates needed"); what is hedged is the act (docs/gold-conventions.md "Forecasts and
beliefs": "the 1,237 delegates needed" is taken as known). Invented sentences.
"""

from tests.conftest import kinds_of

HEDGED = "hedged"


def test_a_needed_count_under_reportedly_is_not_hedged(nlp):
    text = "The senator has reportedly secured the 1,990 delegates needed to win the nomination."
    assert HEDGED not in kinds_of(nlp, text, "1,990")


def test_a_required_count_under_apparently_is_not_hedged(nlp):
    text = "The mayor apparently collected the 5,000 signatures required to get on the ballot."
    assert HEDGED not in kinds_of(nlp, text, "5,000")


def test_a_count_with_no_bar_stays_hedged(nlp):
    text = "The senator has reportedly secured 1,990 delegates so far."
    assert HEDGED in kinds_of(nlp, text, "1,990")
