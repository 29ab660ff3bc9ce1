"""A pupil named by school year (session 56, impl56c): "a sixth-grader", "a fifth grader", "a
high schooler" are people (``lexicon.SCHOOL_SPORT_PERSON_NOUNS``), and the ordinal of the school
year stays in the span, as the golds write "the sixth-grader" (``SCHOOL_YEAR_NOUNS``; "A fourth
person" keeps "person"). Invented sentences; gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a definite re-mention with its own casualty verb
        (
            "Gunmen fired at the boy and his brother, killing the sixth-grader on Elm Street.",
            ("the sixth-grader", "killed", 1),
        ),
        (
            "A third-grader was wounded in the shooting, police said.",
            ("A third-grader", "injured", 1),
        ),
        ("A fifth grader was shot in the leg on Tuesday.", ("A fifth grader", "shot", 1)),
        ("A high schooler was shot outside the gym on Friday.", ("A high schooler", "shot", 1)),
    ],
)
def test_school_year_pupil_is_counted_with_the_year(nlp, text, count):
    assert count in _counts(nlp, text)


def test_a_road_grader_counts_no_one(nlp):
    assert _counts(nlp, "The road grader was damaged in the storm.") == []
