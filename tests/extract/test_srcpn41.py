"""Sources of session 33 (`srcpn41`).

Sentences are invented, parallel to shapes found on allowed PolNeAR articles (judged by the
gold README, "Source kinds", and its pronoun sources).
"""

import pytest
from spacy.language import Language

from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # the figure counts or describes the words that name the source: the writer's
        (
            "The state's map was struck down by a 7-to-4 vote of the appeals court.",
            "7",
            "",
        ),
        (
            "According to interviews with more than a dozen of the mayor's aides, he wants to "
            "run again.",
            "more than a dozen",
            "",
        ),
        (
            "A paper released this week by three Harvard economists argues that tariffs cost jobs.",
            "three",
            "",
        ),
        # a figure outside the source's words keeps its source
        (
            "According to interviews with aides, the mayor raised $2 million.",
            "$2 million",
            "interviews with aides",
        ),
    ],
)
def test_figure_inside_its_source_words_has_no_source(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # "she" passes over the man quoted last to the woman before him
        (
            'Mayor Karen Olsen spoke first. "We will hire 40 teachers," she said. '
            '"This is wrong," said Tom Brandt. "We will open 12 clinics," she added.',
            "12",
            "Karen Olsen",
        ),
        # "he" passes over the woman quoted last
        (
            'Gov. Mark Delaney spoke first. "Taxes will fall," he said. '
            '"This is wrong," said Linda Ruiz. "We will cut 300 jobs," he added.',
            "300",
            "Mark Delaney",
        ),
        # the one of its gender named further back, by a first name alone
        (
            "Gov. Mark Delaney arrived with his wife, Melissa. "
            '"We will cut 300 jobs," Mark Delaney said. "We will add 12 parks," she said.',
            "12",
            "Melissa",
        ),
        # a name whose gender nothing says is taken as before
        (
            'Gov. Mark Delaney spoke first. "This is wrong," said Pat Ruiz. '
            '"We will cut 300 jobs," he added.',
            "300",
            "Pat Ruiz",
        ),
    ],
)
def test_pronoun_source_is_a_person_of_its_gender(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0].endswith(source)
