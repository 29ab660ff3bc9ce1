"""A level the verb's object is pushed across names the object: "a drought pushed annual
inflation above 25%" -> "annual inflation", as "raised the minimum wage to $16" does
(noun_phrases.valued_noun, LEVEL_CROSSING_PREPS; tests/corpus and wireb golds). Invented
sentences."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


def _subject(nlp, text: str, figure: str) -> str:
    return next(c.subject for c in claims_of(nlp, text) if c.text == figure)


@pytest.mark.parametrize(
    ("text", "figure", "word"),
    [
        ("A drought last year pushed annual inflation above 25%.", "above 25%", "inflation"),
        (
            "A heat wave pushed temperatures above 42 degrees Celsius last week.",
            "above 42 degrees",
            "temperatures",
        ),
        ("The storm drove prices past $90 a barrel.", "$90", "prices"),
    ],
)
def test_a_level_crossed_is_named_by_the_object_pushed_across_it(nlp, text, figure, word):
    assert word in _subject(nlp, text, figure).split()


def test_a_level_crossed_without_an_object_keeps_the_clause_subject(nlp):
    # near miss: no object pushed; the clause's subject rose above the level
    assert _subject(nlp, "Sales rose above $5 million in March.", "above $5 million") == "Sales"
