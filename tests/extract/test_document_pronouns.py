"""Sources, session 62 (src62): an "it" that shows or finds a figure stands for the document
named just before it ("... according to its FEC reports. It showed $85,000 ..."; realgold36
gold), not for the body or name nearest it; an "it" that says something still stands for the
body that speaks (gold README "Source": a pronoun for a source named earlier).

Sentences are invented.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "The state released its annual crime report on Monday. It showed that burglaries "
            "fell 12 percent.",
            "12 percent",
            "its annual crime report",
        ),
        (
            "The Lane campaign spent little on mailers, according to its FEC reports. It showed "
            "$85,000 in payments to a print shop.",
            "$85,000",
            "its FEC reports",
        ),
    ],
)
def test_it_that_shows_a_figure_is_the_document_before(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_ORG)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "The company released a statement Tuesday. It said 400 workers would be laid off.",
            "400",
            "The company",
        ),
        (
            "Acme Corp. posted its results on Friday. It said revenue rose 8 percent.",
            "8 percent",
            "Acme Corp.",
        ),
    ],
)
def test_it_that_says_a_figure_is_the_body_that_speaks(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_ORG)
