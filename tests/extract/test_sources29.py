"""Sources of session 24 (`sources29`): "continue" reports only speech.

Sentences are invented, parallel to real cases (judged by the gold README, "source").
"""

import pytest
from spacy.language import Language

from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # "continue" with no clause of its own goes on with an act: no one reports the figure
        (
            "Sen. Ann Ortiz continued her sweep of the county caucuses Saturday, winning 12 "
            "delegates in the state.",
            "12",
            "",
        ),
        # negative: a quotation it closes keeps its speaker
        (
            '"We counted 40 cars on the lot," Ortiz continued.',
            "40",
            "Ortiz",
        ),
    ],
)
def test_continue_reports_only_speech(nlp: Language, text: str, figure: str, source: str) -> None:
    assert source_of(nlp, text, figure)[0] == source
