"""An age standing alone for a person ("the 16-year-old", "a 2-year-old's") is a person where a
casualty count looks for one: a pronoun's antecedent and an event noun's victim
(person_shapes.is_age_person); invented sentences, gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts
from factcheck.extract.implied.person_shapes import is_age_person


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The sheriff said the 16-year-old called 911 and told dispatchers he had been shot.",
            ("the 16-year-old", "shot", 1),
        ),
        (
            "Police are investigating the shooting death of a 21-year-old on the east side.",
            ("a 21-year-old", "killed", 1),
        ),
        (
            "Police arrested a man in the fatal shooting of a 19-year-old on Saturday.",
            ("a 19-year-old", "killed", 1),
        ),
        (
            "A man was charged in the killing of a 30-year-old and her son.",
            ("a 30-year-old and her son", "killed", 2),
        ),
        ("Police are investigating a 2-year-old's shooting death.", ("a 2-year-old", "killed", 1)),
    ],
)
def test_an_age_standing_for_a_person_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said the 16-year-old had been shot.", True),
        ("Police said the 16-year-old boy had been shot.", False),
        ("The tree is old.", False),
    ],
)
def test_an_age_is_a_person_only_where_no_noun_follows(nlp, text, expected):
    doc = nlp(text)
    old = next(t for t in doc if t.lower_ == "old")
    assert is_age_person(old) is expected
