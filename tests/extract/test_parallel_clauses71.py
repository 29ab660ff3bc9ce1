"""Session 71 (pnsrc71): content clauses joined by "and that" belong to the same speaker; the
first clause's subject or a reporting verb in the second does not attribute the other's figure.

Sentences are invented (gold README, "source": whoever gives the figure; tests/wireb and
realgold24 golds).
"""

import pytest
from spacy.language import Language

from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a reporting verb in the second clause does not report the first
        (
            "Aides said that the mayor won 40 precincts, and that polls show her ahead.",
            "40",
            "Aides",
        ),
        (
            "Staff pointed out that the team sold 900 tickets and that surveys show fans happy.",
            "900",
            "Staff",
        ),
        # the first clause's subject (a document noun) does not frame the second
        (
            "The lawyer said the state's figures were wrong and that 31 of the 47 bridges were finished.",
            "31 of the 47",
            "The lawyer",
        ),
    ],
)
def test_clauses_joined_by_and_that_keep_their_speaker(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source


def test_a_figure_in_the_second_clause_keeps_its_own_reporter(nlp: Language) -> None:
    text = "Aides said the mayor was ahead, and that polls show her at 40 percent."
    assert source_of(nlp, text, "40 percent")[0] == "polls"
