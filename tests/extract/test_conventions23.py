"""Readings of docs/gold-conventions.md (session 23) the extractor follows on invented
sentences parallel to the tuning cases."""

from __future__ import annotations

import pytest

from factcheck.model import SourceKind
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
