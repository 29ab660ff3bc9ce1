"""fp4 (session 46): a capitalised number word that opens a name ("in Three Rivers", "earns
Three Pinocchios") is part of the name, not a claim. Invented texts.

Gold README: numbers that are part of a name are not claims (realgold6, realgold32 golds).
"""

from __future__ import annotations

import pytest

from factcheck.extract.not_claims.spelled_names import names_inside_sentences
from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Deputies arrested two men after a shooting in Three Rivers.", "Three"),
        ("For her answer on the budget, she earns Three Pinocchios.", "Three"),
        ("Investigators searched a home on the edge of Five Points last week.", "Five"),
        ("The union represents workers at stores in Seven Oaks and elsewhere.", "Seven"),
    ],
)
def test_number_word_opening_a_name_inside_a_sentence_is_not_a_claim(nlp, text, figure):
    assert not any(figure in claim for claim in mention_texts(nlp, text))


def test_the_same_name_at_a_headline_start_is_not_a_claim(nlp):
    text = (
        "Three Rivers man arrested in shooting\n\n"
        "Deputies arrested a man after a double shooting in Three Rivers on Sunday."
    )
    assert "Three" not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Three Democrats voted against the bill on Tuesday.", "Three"),
        ("Deputies arrested two men after a shooting in Three Rivers.", "two"),
        ("Shooting Leaves Two Dead, Wounding Two Officers\n\nTwo officers were hurt.", "Two"),
        ("Mass Shooting, One Dead", "One"),
    ],
)
def test_counts_outside_a_name_stay_claims(nlp, text, figure):
    assert figure in mention_texts(nlp, text)


def test_names_inside_sentences_are_found_once_per_doc(nlp):
    doc = nlp(
        "Three Rivers man arrested\n\n"
        "Three Rivers police said deputies arrested a man after a shooting in Three Rivers."
    )
    pairs = names_inside_sentences(doc)
    assert pairs == {("Three", "Rivers")}  # the one inside a sentence, not the two at a start
    assert names_inside_sentences(doc) is pairs  # kept with the Doc, not walked again
