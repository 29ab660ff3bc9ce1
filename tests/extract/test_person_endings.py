"""A person by a word no list foresaw (session 56, impl56): the crime report's roles
(``lexicon.STREET_PERSON_NOUNS``, ``EE_PERSON_NOUNS``) and the person endings "-ist", "-ician",
"-arian" (``lexicon.shared.has_person_ending``), read by every casualty gate through
``CASUALTY_PERSON_NOUNS``. Invented sentences; gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts
from factcheck.extract.lexicon import CASUALTY_PERSON_NOUNS
from factcheck.extract.lexicon.shared import has_person_ending


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # an ending, indefinite, passive
        ("A bicyclist was shot and killed on Oak Street on Sunday.", ("A bicyclist", "killed", 1)),
        # an ending, definite re-mention of care
        (
            "Gunfire erupted near the clinic. The pediatrician was taken to a hospital.",
            ("The pediatrician", "injured", 1),
        ),
        # a long age word on "-arian"
        (
            "An octogenarian died after being shot in his driveway.",
            ("An octogenarian", "killed", 1),
        ),
        # a listed street role
        ("A carjacker was wounded by the driver he tried to rob.", ("A carjacker", "injured", 1)),
        # a listed "-ee" person
        ("An escapee was fatally shot by deputies near the prison.", ("An escapee", "killed", 1)),
    ],
)
def test_unlisted_person_word_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "word",
    ["motorcyclist", "guitarist", "technician", "mortician", "septuagenarian", "lodger"],
)
def test_person_words_are_members(word):
    assert word in CASUALTY_PERSON_NOUNS


@pytest.mark.parametrize(
    "word",
    # too short for the ending, a list of things, a place on "-ee", a surname, an adjective
    ["wrist", "twist", "checklist", "milwaukee", "lindquist", "authoritarian", "Pianist"],
)
def test_things_on_person_endings_are_not_members(word):
    assert word not in CASUALTY_PERSON_NOUNS


def test_ending_needs_a_lower_case_word():
    assert not has_person_ending("Bristolist")
    assert has_person_ending("bristolist")


@pytest.mark.parametrize(
    "text",
    [
        "His wrist was injured in the fall.",
        "The checklist was killed by the committee.",
    ],
)
def test_thing_on_person_ending_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
