"""A name the article writes after a person's title ("Mayor Greg Stanton", "Mr. Eisen") is a
person's wherever it stands as a source, however the tagger reads it there
(source_phrase._titled_name_words, lexicon.PERSON_NAME_TITLES).

Sentences are invented (gold README, "Source kinds": a person named -> named_person).
"""

import pytest
from spacy.language import Language

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            'Councilwoman Ida Marlow wrote to the board. "Three polling places closed," Marlow'
            " wrote.",
            "Three",
            "Marlow",
        ),
        (
            "Governor Ed Harlan wrote a letter to the secretary of state asking for an inquiry"
            ' into the "chaos." "Voters waited five hours," Harlan wrote.',
            "five hours",
            "Harlan",
        ),
    ],
)
def test_name_written_after_a_title_is_a_person(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_PERSON)
