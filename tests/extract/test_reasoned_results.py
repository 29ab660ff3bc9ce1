"""An evidential verb whose subject names an outcome, a number or reasoning cites no one:
"The outcome showed ...", "simple math shows ..." are the article's own statement
(reasoned_results.py; gold README, a claim with source none).

Sentences are invented.
"""

import pytest
from spacy.language import Language

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The outcome showed the mayor had received 49.8 percent while her rival had 49.6"
            " percent.",
            "49.8 percent",
        ),
        (
            "But simple math shows he needs to curb his 20-point deficit among women to win.",
            "20-point",
        ),
        (
            "The top-line number that caught the eyes of so many analysts shows her ahead by"
            " just two percentage points.",
            "two percentage points",
        ),
        (
            "The mayor leads by 8 points in the survey, but simple math shows she needs to close"
            " a 20-point gap among men.",
            "20-point",
        ),
        (
            "The arithmetic suggests the governor needs 62 percent of the remaining delegates.",
            "62 percent",
        ),
        (
            "The outcome indicated the senator had lost about 3,000 votes since March.",
            "about 3,000",
        ),
    ],
)
def test_a_result_the_writer_reads_is_no_source(nlp: Language, text: str, figure: str) -> None:
    assert source_of(nlp, text, figure) == ("", SourceKind.NONE)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "The poll showed the mayor had received 49.8 percent of the vote.",
            "49.8 percent",
            "The poll",
        ),
        (
            "Court records show the company paid $40,000 in fines last year.",
            "$40,000",
            "Court records",
        ),
        (
            "Lee said the outcome showed the mayor had received 49.8 percent of the vote.",
            "49.8 percent",
            "Lee",
        ),
        (
            "The outcome of the state count showed the mayor had 49.8 percent.",
            "49.8 percent",
            "The outcome of the state count",
        ),
    ],
)
def test_a_record_that_shows_stays_the_source(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source
