"""Implied counts added in session 17 (branch spans18): invented sentences, gold README
"Implied counts" and the tuning sets' READMEs."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Her nephew was among those killed in the attack.", [("Her nephew", "killed", 1)]),
        (
            "Ann Lee and Tom Ray are reported to be among the four killed, police said.",
            [("Ann Lee and Tom Ray", "killed", 2)],
        ),
        ("A teacher was among the dead.", [("A teacher", "killed", 1)]),
        ("Her brother was not among those wounded.", []),
        ("Families waited to learn whether their sons were among the victims.", []),
        ("The mayor was among those who spoke at the vigil.", []),
    ],
)
def test_person_among_a_casualty_group_is_counted(nlp, text, expected):
    assert _counts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Nurse, 9-month-old son found dead in apartment\n\nMore text.",
            [("Nurse, 9-month-old son", "killed", 2)],
        ),
        ("Man charged in shooting deaths of woman, son", [("woman, son", "killed", 2)]),
        (
            "Girl, 19-year-old man killed in north Tulsa shooting",
            [("Girl, 19-year-old man", "killed", 2)],
        ),
        # a caption or related-story line below the headline
        (
            "Local news\n\nGrandmother, boy shot and killed outside store",
            [("Grandmother, boy", "killed", 2)],
        ),
        ("The victim's father, a farmer, was shot.", [("The victim's father", "shot", 1)]),
    ],
)
def test_two_bare_people_joined_by_a_comma_in_a_title_are_two(nlp, text, expected):
    assert _counts(nlp, text) == expected
