"""A relative clause that the parse hangs on a noun inside the source phrase ends the phrase
at its relative pronoun, not after it (source_phrase.py)."""

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_the_phrase_stops_before_who_hung_on_an_inner_noun(nlp):
    text = (
        "The mill had been told to halt part of its output for 10 days in May after an "
        "inspection found 19 safety violations, according to three people familiar with the "
        "matter who spoke on condition of anonymity."
    )
    assert source_of(nlp, text, "19") == (
        "three people familiar with the matter",
        SourceKind.ANONYMOUS,
    )


def test_a_clause_on_the_head_itself_still_ends_the_phrase(nlp):
    # near-miss: the clause hangs on the head; the phrase was already cut there
    text = "A nurse who asked not to be named said 11 injured people were brought in."
    assert source_of(nlp, text, "11") == ("A nurse", SourceKind.ANONYMOUS)
