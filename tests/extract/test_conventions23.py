"""Readings of docs/gold-conventions.md (session 23) the extractor follows on invented
sentences parallel to the tuning cases."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.model import Caveat, SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    "text, figure, source",
    [
        (
            "The mayor trails by 40 votes, according to a tally by The Daily Ledger.",
            "40",
            "a tally by The Daily Ledger",
        ),
        (
            "According to court records from the Marion County Clerk, Hale had three open cases.",
            "three",
            "court records from the Marion County Clerk",
        ),
        (
            "The town had 87 burglaries last year, according to data available from the FBI.",
            "87",
            "data available from the FBI",
        ),
    ],
)
def test_document_credited_to_a_body_is_sourced_by_the_whole_phrase(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_ORG)


def test_statement_from_a_body_still_gives_the_body(nlp):
    text = "Nine soldiers were hurt, according to a statement from the army."
    assert source_of(nlp, text, "Nine")[0] == "the army"


def hedged_claims(nlp, text):
    """The texts of the claims that carry the hedged caveat (full extraction)."""
    claims = extract_claims(nlp(text), doc_name="t").claims
    return [c.text for c in claims if any(m.kind == Caveat.HEDGED for m in c.caveats)]


@pytest.mark.parametrize(
    "text, hedged",
    [
        ("It appears four rounds were fired into the house, the deputy said.", ["four"]),
        (
            "Early tallies suggest that attendance fell about 12 percent this year.",
            ["about 12 percent"],
        ),
        ("The two blazes appear to be connected, the fire marshal said.", []),
        ("She appeared in 14 films before retiring.", []),
        ("The senator appears to have the edge, according to three recent surveys.", []),
    ],
)
def test_appears_or_suggest_over_the_figure_hedges_it(nlp, text, hedged):
    assert hedged_claims(nlp, text) == hedged
