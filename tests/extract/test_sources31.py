"""Sources of session 25 (`sources31`).

Sentences are invented, parallel to real cases (judged by the gold README, "source").
"""

import pytest
from spacy.language import Language

from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # the writer's "we" outside quotations is no organisation named before it
        (
            "The Green Party held its convention in Denver. That is a big change from the "
            "old ways of the Liberal Party. We believe eight hearings for four bills is a fair "
            "schedule.",
            "eight",
            "",
        ),
        # and the writer's "I"
        (
            "The Northside Council met on Tuesday. I counted 40 empty seats in the hall.",
            "40",
            "",
        ),
        # negative: inside a quotation "we" keeps the quotation's speaker
        (
            '"We believe eight hearings is fair," said Dana Ortiz, the party\'s chairwoman.',
            "eight",
            "Dana Ortiz",
        ),
    ],
)
def test_first_person_outside_quotes_is_the_writer(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source
