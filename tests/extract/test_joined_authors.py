"""A document credited to two organisations joined by "and" names both in its source text
(joined_authors.py; docs/gold-conventions.md, "Documents 'by' an organisation").

Sentences are invented.
"""

import pytest
from spacy.language import Language

from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "The governor also led the mayor in recent polls from Marist and CNN, by 8 points"
            " and 11 points, respectively.",
            "8 points",
            "recent polls from Marist and CNN",
        ),
        (
            "A survey by Gallup and the Pew Research Center found 41 percent of adults approve.",
            "41 percent",
            "A survey by Gallup and the Pew Research Center",
        ),
        (
            "A poll by Quinnipiac and the Hartford Courant shows 52 percent back the measure.",
            "52 percent",
            "A poll by Quinnipiac and the Hartford Courant",
        ),
        (
            "In a poll conducted by the\u00a0Daily Ledger\u00a0and Metro Channel News, 28 percent"
            " of voters backed the mayor.",
            "28 percent",
            "a poll conducted by the\u00a0Daily Ledger\u00a0and Metro Channel News",
        ),
    ],
)
def test_document_by_two_joined_authors_names_both(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "A survey by Gallup found 41 percent of adults approve.",
            "41 percent",
            "A survey by Gallup",
        ),
    ],
)
def test_document_by_one_author_is_unchanged(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source
