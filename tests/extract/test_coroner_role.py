"""A county's coroner or medical examiner is a unique role: a definite mention is a
``named_person`` source, as "the sheriff" is (lexicon.UNIQUE_ROLE_HEADS).

Sentences are invented (gold README, "Source kinds": a person identified only by a unique role
-> named_person; docs/gold-conventions.md, "'X officials' as a source": "a unique role ('the
county coroner') is named_person").
"""

import pytest
from spacy.language import Language

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Two men died at the scene, the county coroner said.",
            "Two",
            "the county coroner",
        ),
        (
            "The Marlow County coroner said three people died in the fire.",
            "three",
            "The Marlow County coroner",
        ),
        (
            "Four of the victims were shot in the head, the Harris County medical examiner said.",
            "Four",
            "the Harris County medical examiner",
        ),
        (
            "The medical examiner said the driver had been shot five times.",
            "five times",
            "The medical examiner",
        ),
    ],
)
def test_definite_coroner_or_medical_examiner_is_a_named_person(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_PERSON)
