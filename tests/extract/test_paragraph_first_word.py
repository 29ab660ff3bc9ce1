"""A paragraph's first word is never a sentence by itself: the parser sometimes ends a sentence
after a name that opens the paragraph under a headline ("FBI | Director James Comey
testified ..."), and the source then loses its title or reads as the body
(paragraph_breaks._join_first_word).

Sentences are invented (docs/gold-conventions.md, "Titles and roles before names in source
text": the name as written at the attribution, with the title that stands before it).
"""

import pytest
from spacy.language import Language

from factcheck.model import SourceKind
from tests.conftest import claims_of, source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Local news report\n\nFBI Director Ana Welk testified that agents found 3 laptops.",
            "3",
            "FBI Director Ana Welk",
        ),
        (
            "Local news report\n\nHouse Speaker Tom Rudd said the bill had 219 votes.",
            "219",
            "House Speaker Tom Rudd",
        ),
    ],
)
def test_name_opening_first_paragraph_keeps_its_title(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    found, kind = source_of(nlp, text, figure)
    assert found == source
    assert kind == SourceKind.NAMED_PERSON


def test_first_word_of_paragraph_starts_one_sentence(nlp: Language) -> None:
    doc = nlp("Local news report\n\nHouse Speaker Tom Rudd said the bill had 219 votes.")
    assert [s.text.strip() for s in doc.sents][1].startswith("House Speaker")


def test_dateline_still_splits(nlp: Language) -> None:
    doc = nlp("Storm hits coast\n\nLONDON - Four people were hurt, police said.")
    assert any(s.text.startswith("Four") for s in doc.sents)


def test_dateline_in_capitals_is_not_the_body_a_later_they_stands_for(nlp: Language) -> None:
    text = (
        "Man charged after shooting\n\nHARLOW COUNTY (WXYZ 7) – The Harlow County Sheriff's "
        "Office arrested a 40-year-old man after they say his stepdaughter was shot last week."
    )
    claim = next(c for c in claims_of(nlp, text) if c.text == "his stepdaughter")
    assert "Sheriff" in claim.source.text
