"""An indefinite phrase set off after a definite person between "found" and "dead" restates
that person (left_dead.py): "found the victim, a 25-year-old man, dead" is 1 killed, not 2.
Invented sentences; gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _values(nlp, text: str) -> list[int]:
    return [c.value for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Officers found the victim, a 25-year-old man, dead inside the car.", [1]),
        # a list ends in "and": each phrase is a person
        ("The blast left a man, a woman and a boy dead.", [3]),
    ],
)
def test_an_apposition_is_the_same_person_a_list_is_many(nlp, text, values):
    assert _values(nlp, text) == values
