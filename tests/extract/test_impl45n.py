"""Implied counts whose victim is a name or an age noun (session 37, branch impl45n): a name the
tagger labels a place, an organisation or nothing still names a person when an age stands before
it, an age beside it, or it is a first and last name (victim_names.py); "died after being shot"
is no bare death (death_causes.py). The challenge set of ``challenge_impl45n.py``. Invented
sentences; gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts
from tests.extract.challenge_impl45n import CHALLENGE, NEGATIVES

# recall on the challenge set at impl45n: 75 of 82 (at 0.34.0 it was 65 of 82)
_RECALL_FLOOR = 0.85


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


def _hurt(measure: str) -> str:
    return "killed" if measure == "killed" else "hurt"


def test_challenge_names_and_ages_are_counted(nlp):
    found = []
    for text, span, measure, value in CHALLENGE:
        counts = [(s, _hurt(m), v) for s, m, v in _counts(nlp, text)]
        found.append((span, _hurt(measure), value) in counts)
    assert sum(found) / len(found) >= _RECALL_FLOOR


@pytest.mark.parametrize("text", NEGATIVES)
def test_suspects_witnesses_and_speakers_are_no_casualty(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # an age before a name the tagger labels no person
        (
            "17-year-old Darnell Price was shot and killed.",
            ("17-year-old Darnell Price", "killed", 1),
        ),
        (
            "9-year-old Mia Torres was wounded on her porch.",
            ("9-year-old Mia Torres", "injured", 1),
        ),
        # a surname with its age between commas
        ("Jones, 34, was pronounced dead at the scene.", ("Jones", "killed", 1)),
        # a first and last name labelled an organisation
        ("Marcus Bell was shot and killed outside his home.", ("Marcus Bell", "killed", 1)),
    ],
)
def test_name_by_its_shape_is_a_casualty(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Dennis Ward died after being shot in the head.", ("Dennis Ward", "killed", 1)),
        ("Lena Marsh died after she was stabbed at a party.", ("Lena Marsh", "killed", 1)),
    ],
)
def test_death_after_harm_is_no_bare_death(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a place, a building and a party are no name, whatever the casualty word
        "Lake Park was hit by gunfire overnight.",
        "The Wells Fargo was hit during the robbery.",
        "Senate Republicans were hurt by the vote.",
        # a name's death with no harm told stays other news
        "Florence Hart, the TV actress, has died.",
    ],
)
def test_places_bodies_and_bare_deaths_are_no_named_casualty(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Stray bullet kills 9-year-old", ("9-year-old", "killed", 1)),
        ("Arrest made in shooting that killed 4-year-old", ("4-year-old", "killed", 1)),
        ("Man shot 15-year-old after argument, police say", ("15-year-old", "shot", 1)),
    ],
)
def test_bare_age_after_an_active_casualty_verb_is_one_person(nlp, text, count):
    assert count in _counts(nlp, text)


def test_age_before_a_noun_is_no_bare_age_count(nlp):
    # "old" modifies its noun: the noun is what was harmed, and oaks are no person
    assert _counts(nlp, "The storm killed 100-year-old oaks along the river.") == []
