"""A fire service role written before a name stays in the source text, as a police role does
("Fire Chief Tom Ward" like "Police Chief Ann Cole"; lexicon LOCAL_ROLE_WORDS).

Sentences are invented (docs/gold-conventions.md, "Titles and roles before names in source
text": "Police Chief Ann Cole" -> "Police Chief Ann Cole").
"""

import pytest
from spacy.language import Language

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "The blaze spread to 2 neighboring homes, Fire Chief Dan Orr said.",
            "2",
            "Fire Chief Dan Orr",
        ),
        (
            "Crews pulled 4 people from the building, said Fire Battalion Chief Lena Moss.",
            "4",
            "Fire Battalion Chief Lena Moss",
        ),
    ],
)
def test_fire_role_before_a_name_is_kept(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    found, kind = source_of(nlp, text, figure)
    assert found == source
    assert kind == SourceKind.NAMED_PERSON
