"""Sources, session 69 (pn69): calculations credited "by" their author are written whole, as an
analysis or a tally by a body is (docs/gold-conventions.md, "Documents 'by' an organisation";
lexicon CREDITED_DOCUMENT_HEADS). Calculations with no author after "by" keep their own phrase.

Sentences are invented.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "A living wage in Ohio is about $14 an hour, according to calculations by the "
            "state labor office.",
            "about $14",
            "calculations by the state labor office",
        ),
        (
            "The new bridge will cost $4 million, according to calculations by Peter Holm of "
            "the University of Dayton.",
            "$4 million",
            "calculations by Peter Holm of the University of Dayton",
        ),
    ],
)
def test_calculations_by_an_author_are_written_whole(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_ORG)


def test_calculations_with_no_author_keep_their_phrase(nlp):
    text = "A living wage in Ohio is about $14 an hour, according to our calculations."
    assert source_of(nlp, text, "about $14") == ("our calculations", SourceKind.ANONYMOUS)
