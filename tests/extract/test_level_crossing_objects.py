"""A level the verb's object is pushed across names the object: "a drought pushed annual
inflation above 25%" -> "annual inflation", as "raised the minimum wage to $16" does
(noun_phrases.valued_noun, LEVEL_CROSSING_PREPS; tests/corpus and wireb golds). Invented
sentences."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


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
    assert word in subject_of(nlp, text, figure).split()


def test_a_level_crossed_without_an_object_keeps_the_clause_subject(nlp):
    # near miss: no object pushed; the clause's subject rose above the level
    assert subject_of(nlp, "Sales rose above $5 million in March.", "above $5 million") == "Sales"


def test_a_person_shown_above_a_share_is_no_level_pushed_across(nlp):
    # near miss (realgold4 shape): a poll shows a candidate above a share; not "Lind"
    text = "The group polled the race twice, and both surveys showed Lind above 50 percent."
    assert "Lind" not in subject_of(nlp, text, "above 50 percent")
