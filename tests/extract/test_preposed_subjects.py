"""The subject of a passive casualty verb the parse takes for the object of "after" (session
54, impl54b; preposed_subjects.py): "Police are investigating after a 19-year-old was shot" is
1 shot, as "after a man was shot" already is. Invented sentences; parallels with no person.
Gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Police are investigating after a 19-year-old was shot Saturday.",
            ("a 19-year-old", "shot", 1),
        ),
        ("Officers responded after a 19-year-old was wounded.", ("a 19-year-old", "injured", 1)),
        (
            "Detectives were called after a 16-year-old was killed on Elm Street.",
            ("a 16-year-old", "killed", 1),
        ),
        ("Police arrived after a 16-year-old was stabbed.", ("a 16-year-old", "injured", 1)),
    ],
)
def test_a_person_read_as_the_object_of_after_is_the_subject(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The store closed after a car was stolen.",
        "The team celebrated after a 19-year-old was drafted.",
    ],
)
def test_no_person_or_no_harm_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
