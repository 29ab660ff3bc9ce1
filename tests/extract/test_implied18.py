"""Implied counts and care states of session 18 (branch implied18): invented sentences, gold
README "Implied counts" and the tuning sets' READMEs."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts
from factcheck.extract.subjects.subjects import find_subject
from tests.conftest import find_mention


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        (
            "One woman was flown to a trauma hospital where she was later pronounced dead.",
            "One",
            "woman killed",
        ),
        (
            "One teen was taken to a hospital in serious condition and was pronounced dead "
            "two hours later.",
            "One",
            "teen killed",
        ),
        # another person's death, or none, leaves the count in care
        ("Three men were taken to a hospital, where one later died.", "Three", "men (man) injured"),
        ("One boy was taken to a hospital where he is recovering.", "One", "boy injured"),
    ],
)
def test_count_in_care_who_dies_later_is_killed(nlp, text, figure, subject):
    doc, mention = find_mention(nlp, text, figure)
    assert find_subject(doc, mention) == subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A guard was rushed to a nearby hospital, where he died.",
            [("A guard", "killed", 1)],
        ),
        ("The driver was taken to a hospital and later died.", [("The driver", "killed", 1)]),
        (
            "A teen was transported to City Hospital where she succumbed to her wounds.",
            [("A teen", "killed", 1)],
        ),
        (
            "A teen was transported to City Hospital where she was treated and released.",
            [("A teen", "injured", 1)],
        ),
    ],
)
def test_person_in_care_who_dies_later_is_killed(nlp, text, expected):
    assert _counts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deputies found a woman, later identified as Rosa Tam, inside the shed with a "
            "gunshot wound to the arm.",
            [("a woman", "injured", 1)],
        ),
        (
            "Officers found 30-year-old Mara Quill in the back seat with a gunshot wound.",
            [("30-year-old Mara Quill", "injured", 1)],
        ),
        (
            "When police arrived, they found Tobias Renn suffering from gunshot wounds.",
            [("Tobias Renn", "injured", 1)],
        ),
        (
            "A small boy in the car also had a bullet wound to the leg.",
            [("A small boy", "injured", 1)],
        ),
        # a wound found on no one, or a weapon
        ("Deputies found a rifle in the garage with a scope.", []),
        ("Officers found a man in the yard with a gun.", []),
    ],
)
def test_person_found_or_said_with_a_gunshot_wound_is_injured(nlp, text, expected):
    assert _counts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cashier is still at Lakeview Hospital in serious condition.",
            [("The cashier", "injured", 1)],
        ),
        (
            "Dara Vance survived but was in critical condition on Sunday.",
            [("Dara Vance", "injured", 1)],
        ),
        ("The bridge at the river was in poor condition.", []),
    ],
)
def test_person_in_a_condition_the_parse_hangs_elsewhere_is_injured(nlp, text, expected):
    assert _counts(nlp, text) == expected
