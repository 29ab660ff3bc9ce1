"""Sources, session 70 (wsrc70): a person described first and named after a comma is cited by
the name, with a title written before the name and without the description ("Its spokesman,
Ibrahim Lawal, said" -> "Ibrahim Lawal"), as an appositive after a name is left out
(docs/gold-conventions.md, "Titles and roles before names"; the wire golds of 21 sets).
A body so named, a clause after the comma, and a title with no comma keep the old reading.

Sentences are invented.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Its spokesman, Ibrahim Dorsu, said firefighters had recovered 14 bodies.",
            "14",
            "Ibrahim Dorsu",
        ),
        (
            "A police spokesman, Inspector Garry Delorme, said officers had arrested 30 men.",
            "30",
            "Inspector Garry Delorme",
        ),
        (
            "The medical director of Carrow Hospital, Dr. Fatmata Kerbo, said the hospital had "
            "received 19 bodies.",
            "19",
            "Dr. Fatmata Kerbo",
        ),
        (
            "A spokesman for one of the brigades, Capt. Oleh Dantsev, said the units attacked "
            "in groups of three to five.",
            "three to five",
            "Capt. Oleh Dantsev",
        ),
        (
            "A lawyer representing the family, Ana Ruizo, said the payment was $40,000.",
            "$40,000",
            "Ana Ruizo",
        ),
    ],
)
def test_name_after_a_described_role_is_the_source(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_PERSON)


def test_pronoun_after_a_described_role_takes_the_name(nlp):
    text = (
        "Its spokesman, Ibrahim Dorsu, said firefighters had recovered 14 bodies. He said 19 "
        "people were rescued."
    )
    assert source_of(nlp, text, "19") == ("Ibrahim Dorsu", SourceKind.NAMED_PERSON)


def test_body_named_after_a_description_keeps_its_name(nlp):
    text = "A medical group that tracks casualties, the Sudan Care Network, put the toll at 34."
    assert source_of(nlp, text, "34") == ("the Sudan Care Network", SourceKind.NAMED_ORG)


def test_clause_after_the_comma_is_not_a_name(nlp):
    text = "A lawyer representing the family, who asked not to be named, said the sum was $40,000."
    assert source_of(nlp, text, "$40,000")[0] == "A lawyer"


def test_title_without_a_comma_stays(nlp):
    text = "Police Chief Ann Colby said 12 people were hurt."
    assert source_of(nlp, text, "12") == ("Police Chief Ann Colby", SourceKind.NAMED_PERSON)
