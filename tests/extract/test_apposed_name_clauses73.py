"""A name set beside a body's noun without a comma ("the observer network Civic Lens") is the
source with the phrase that introduces it, and ends where the name does: a clause the parse
hangs on the name after a comma (", which says ...", ", published last month") is not part of
it (source_extent.py, ``apposed_name_end``). A name with a capital inside it ("NOIStats") is
written as a name. Invented texts; docs/gold-conventions.md, "Documents 'by' an organisation"
(the phrase runs through the organisation's name)."""

from __future__ import annotations

from factcheck.model import SourceKind
from tests.conftest import source_of

_NETWORK = (
    "Turnout falls in the north.\n\n"
    "The independent observer network Civic Lens, which says it sent 900 volunteers to "
    "polling stations, estimates that turnout in Varna was no more than 40%.\n"
)

_FIRM = (
    "Households cut back.\n\n"
    "A survey by the polling firm DataPulse, published last month, found that one in five "
    "households had skipped meals.\n"
)


def test_a_clause_after_an_apposed_name_does_not_cut_the_name_off(nlp):
    assert source_of(nlp, _NETWORK, "no more than 40%") == (
        "The independent observer network Civic Lens",
        SourceKind.NAMED_ORG,
    )


def test_a_camel_cased_name_beside_a_pollster_noun_ends_the_document_phrase(nlp):
    assert source_of(nlp, _FIRM, "one in five") == (
        "A survey by the polling firm DataPulse",
        SourceKind.NAMED_ORG,
    )
