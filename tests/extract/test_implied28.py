"""Implied counts of session 24 (branch implied28): invented sentences, gold README
"Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the finder is the subject; who is found with the wound is the object
        (
            "Two deputies found Mark Dunn in his truck with a gunshot wound to the head.",
            "Mark Dunn",
        ),
        # an age standing for a person, listed after the dead (the tagger calls it an adjective)
        (
            "Officers reached the trailer and found the 9-year-old and 5-year-old dead and "
            "the 14-year-old with a gunshot wound, Harlan said.",
            "the 14-year-old",
        ),
        # "gun shots to" a body part are wounds
        ("Medics found a 17-year-old with gun shots to his arm and knee.", "a 17-year-old"),
    ],
)
def test_person_found_with_a_gunshot_wound_is_one_injured(nlp, text, person):
    assert (person, "injured", 1) in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Neighbors said they heard gun shots near the park.",
        "Deputies found a rifle in the trunk with a scope.",
    ],
)
def test_no_wound_no_count(nlp, text):
    assert not [c for c in _counts(nlp, text) if c[1] == "injured"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Detectives told reporters that after killing his wife, Dorsey drove home and "
            "committed suicide.",
            "Dorsey",
        ),
        # the parse hangs "wounded ..." on "said" beside "shot": the subject is the shooter's
        (
            "A 15-year-old boy shot his 8-year-old sister to death, wounded a cousin and then "
            "committed suicide Tuesday, the sheriff said.",
            "A 15-year-old boy",
        ),
        (
            "Police say a man killed his ex-wife and wounded their son before taking his own "
            "life in western Ohio.",
            "a man",
        ),
        (
            "Police declined to name the gunman, who early reports said had committed suicide.",
            "the gunman",
        ),
    ],
)
def test_who_took_their_own_life_is_one_killed(nlp, text, person):
    assert (person, "killed", 1) in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Advocates say too many veterans commit suicide after they come home.",
        "He had threatened to commit suicide, his sister said.",
        "He was a desperate farmer who took his own life in 1986.",
        "The nurse did not commit suicide, the coroner said.",
    ],
)
def test_no_suicide_of_one_person_no_count(nlp, text):
    assert not [c for c in _counts(nlp, text) if c[1] == "killed"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the tagger labels the lone surname a place or an organisation; the article named
        # the person before
        (
            "Neighbors said Lisa Denver, 44, was a nurse. The gunman shot and killed Denver "
            "outside her home.",
            "Denver",
        ),
        (
            "Family members described Mark Chase, 27, as kind. A masked man killed Chase in "
            "the parking lot.",
            "Chase",
        ),
    ],
)
def test_lone_name_of_a_named_person_is_a_victim_whatever_its_label(nlp, text, name):
    assert (name, "killed", 1) in _counts(nlp, text)


def test_place_never_named_as_a_person_is_no_victim(nlp):
    text = "The storm killed Denver's power grid, and the flood hit Chase Bank in Dayton."
    assert not _counts(nlp, text)
