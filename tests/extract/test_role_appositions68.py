"""Sources, session 68 (wsrc68b): a name in apposition after a role its own prepositional
phrase completes ("A lawyer for the families, Fanta Traoré, said") is the person the role
describes, however the tagger reads the name, and a "she told reporters" that follows stands
for her (role_appositions.py, mistagged_speakers.py; tests/wiref gold). A body's noun keeps
the name a body's.

Sentences are invented.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            'A lawyer for the families, Fanta Traoré, called the ruling "a start" but said '
            'many were angry. "Eighteen years for so many deaths," she told reporters.',
            "Eighteen years",
            "Fanta Traoré",
        ),
        (
            'A lawyer for the families, Oumou Sidibé, called the ruling unjust. "Nine years is '
            'nothing," she told reporters.',
            "Nine years",
            "Oumou Sidibé",
        ),
    ],
)
def test_a_pronoun_stands_for_the_name_after_a_role_with_its_phrase(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_PERSON)


def test_a_name_after_a_body_noun_with_its_phrase_stays_a_body(nlp):
    # session 70 (apposed_names.py): the name after the description, as a body's is
    text = "A charity for the families, Hope Lane, said 40 children were missing."
    assert source_of(nlp, text, "40") == ("Hope Lane", SourceKind.NAMED_ORG)
