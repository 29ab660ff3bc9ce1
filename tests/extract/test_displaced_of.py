"""An event noun's "of" victims across a time expression (displaced_of.py); invented sentences,
gold README "Implied counts" ("the killing of his wife and son" = 2 killed)."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Police charged a man in the shooting deaths last week of his wife and son.",
            ("his wife and son", "killed", 2),
        ),
        (
            "A man was charged in the stabbing death Tuesday night of his neighbor.",
            ("his neighbor", "killed", 1),
        ),
        (
            "Police arrested a man in the fatal shootings Saturday of a teacher and a nurse.",
            ("a teacher and a nurse", "killed", 2),
        ),
        (
            "A man was arrested in the killing Sunday morning of a 19-year-old woman.",
            ("a 19-year-old woman", "killed", 1),
        ),
    ],
)
def test_the_victims_of_an_event_across_a_time_are_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials recorded more deaths this year of natural causes than last year.",
        "He was convicted in the shooting last year of the store's front windows.",
    ],
)
def test_an_of_phrase_of_things_across_a_time_is_no_count(nlp, text):
    assert _counts(nlp, text) == []
