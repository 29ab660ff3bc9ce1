"""A document written with "the" and no author is the issuing body's word: named_org
(conventions, "Documents 'by' an organisation"; tests/wired, wiref, tests/corpus)."""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "The outbreak has spread to two provinces. Eleven patients have been discharged, "
            "according to the bulletin.",
            "Eleven",
            "the bulletin",
        ),
        (
            "Polls closed at eight. With 71% of ballots counted, the Greens have 22 seats, "
            "the provisional count shows.",
            "22",
            "the provisional count",
        ),
        (
            "The court sat for two days. Roughly half of the victims were farmers, according "
            "to the judgment.",
            "Roughly half",
            "the judgment",
        ),
    ],
)
def test_a_definite_document_is_a_named_org(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_ORG)


def test_the_figures_stay_anonymous(nlp):
    # near-miss: "the figures" are numbers, not one document
    text = (
        "The outbreak has spread. Eleven patients have been discharged, according to the figures."
    )
    assert source_of(nlp, text, "Eleven")[1] is SourceKind.ANONYMOUS


def test_it_said_after_a_credited_document_is_the_credited_body(nlp):
    text = (
        "According to the Coastal Rescue Agency, the passenger manifest listed 64 passengers. "
        "Rescuers had pulled 41 people from the sea by nightfall, it said."
    )
    assert source_of(nlp, text, "41") == ("the Coastal Rescue Agency", SourceKind.NAMED_ORG)
