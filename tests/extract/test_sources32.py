"""Sources of session 25 (`sources32`): the extent and kind of a source phrase.

Sentences are invented, parallel to real cases (judged by the gold README and
docs/gold-conventions.md, "Documents 'by' an organisation").
"""

import pytest
from spacy.language import Language

from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # the author credited on the polls an average is "of"
        (
            "Ms. Lee leads Mr. Ruiz by 38.2 percent to 35 percent, according to the average of "
            "recent polls compiled by Vote Tracker Daily.",
            "38.2 percent",
            "the average of recent polls compiled by Vote Tracker Daily",
        ),
        # an author whose name the tagger reads as a common noun
        (
            "He still leads the field with 21.4 percent, according to a recent poll by "
            "PollWatchNow.",
            "21.4 percent",
            "a recent poll by PollWatchNow",
        ),
        # people of a named body author the study
        (
            "The levy cut emissions by 8 percent, according to a study last year by economists "
            "at Harlow University.",
            "8 percent",
            "a study last year by economists at Harlow University",
        ),
        # negative: people of no named body leave the study alone
        (
            "The levy cut emissions by 8 percent, according to a study by local economists.",
            "8 percent",
            "a study",
        ),
    ],
)
def test_document_credited_from_inside_its_phrase(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    found, kind = source_of(nlp, text, figure)
    assert found == source
    assert kind == "named_org"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Mr. Ruiz trails Ms. Lee by 6 percentage points in the PollWatchNow average of recent "
            "statewide surveys.",
            "6 percentage points",
        ),
        (
            "Ms. Lee would beat Mr. Ruiz by 4 points, according to the most recent "
            "VoteTrackerDaily average of national polls.",
            "4 points",
        ),
    ],
)
def test_average_headed_by_a_one_word_name_is_its_work(
    nlp: Language, text: str, figure: str
) -> None:
    found, kind = source_of(nlp, text, figure)
    assert "average" in found
    assert kind == "named_org"
