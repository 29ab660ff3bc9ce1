"""Sources of session 27 (`srcmiss34`).

Sentences are invented, parallel to real cases (judged by the gold README, "source").
"""

import pytest
from spacy.language import Language

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a verb that praises a figure: its subject tells it
        (
            "The governor hailed the record streak of 48 months of job growth.",
            "48 months",
            "The governor",
        ),
        (
            "Mayor Dana Holt touted how many jobs the port had added in the last 14 months.",
            "14 months",
            "Mayor Dana Holt",
        ),
        # grudging speech reports its own clause
        (
            "A reader complained that 60 percent of the paper's ads were for cars.",
            "60 percent",
            "A reader",
        ),
        (
            "The coach conceded that three of his starters were injured.",
            "three",
            "The coach",
        ),
    ],
)
def test_touting_and_grudging_verbs_report_their_figure(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a grudging verb with an object is an act, not a report
        ("The senator conceded the race, which she lost by 4 points.", "4 points"),
        # those praised in the passive are not a figure anyone told
        ("The five firefighters were hailed as heroes.", "five"),
    ],
)
def test_touting_and_grudging_acts_give_no_source(nlp: Language, text: str, figure: str) -> None:
    assert source_of(nlp, text, figure)[1] == SourceKind.NONE
