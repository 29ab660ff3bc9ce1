"""Several unnamed people are an anonymous source, however the tagger reads a word of the
phrase (sources/plural_people.py; gold README, "Source kinds": unnamed people -> anonymous)."""

from __future__ import annotations

from factcheck.extract.sources.plural_people import several_unnamed_people
from factcheck.extract.sources.source_phrase import source_phrase
from factcheck.model import SourceKind
from tests.conftest import source_of


def _plural_head(nlp, text: str, word: str):
    doc = nlp(text)
    head = next(t for t in doc if t.text == word)
    return source_phrase(head), head


def test_role_word_in_the_plural_names_several_people(nlp):
    span, head = _plural_head(
        nlp, "The mission's commanders said only half of its 3,000 troops had come.", "commanders"
    )
    assert several_unnamed_people(span, head)


def test_plural_people_in_a_place_tagged_as_a_person_are_anonymous(nlp):
    text = "Doctors at the district hospital in Satna say they have received 22 bodies."
    assert source_of(nlp, text, "22") == (
        "Doctors at the district hospital in Satna",
        SourceKind.ANONYMOUS,
    )


def test_residents_of_places_tagged_as_a_person_are_anonymous(nlp):
    text = "Residents of the poor quarters of Malir and Kemari said the power was off for 12 hours."
    assert source_of(nlp, text, "12 hours")[1] == SourceKind.ANONYMOUS


def test_commanders_in_the_plural_are_anonymous(nlp):
    text = "The mission's commanders said only about half of its 3,000 troops had come."
    assert source_of(nlp, text, "about half") == ("The mission's commanders", SourceKind.ANONYMOUS)


def test_people_named_by_a_person_keep_their_reading(nlp):
    span, head = _plural_head(
        nlp, "Supporters of Maria Oduya said 4,000 people came to the rally.", "Supporters"
    )
    assert not several_unnamed_people(span, head)


def test_a_singular_role_is_unchanged(nlp):
    span, head = _plural_head(
        nlp, "The mission's commander said only half of its 3,000 troops had come.", "commander"
    )
    assert not several_unnamed_people(span, head)
