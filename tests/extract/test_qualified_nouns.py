"""subjclause52 (session 52): a figure whose qualifier hangs on the noun right before it
("a population under 700") measures that noun, not a count named earlier in its sentence
(gold README, "subject"; qualified_nouns.py). Invented sentences."""

from __future__ import annotations

from tests.conftest import subject_of


def test_a_qualified_figure_measures_the_noun_before_it_not_an_earlier_count(nlp):
    text = (
        "The governor drove north for three stops, including in Elm Creek, "
        "a village with a population under 700."
    )
    assert subject_of(nlp, text, "under 700") == "population"
