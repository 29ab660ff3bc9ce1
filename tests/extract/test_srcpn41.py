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
