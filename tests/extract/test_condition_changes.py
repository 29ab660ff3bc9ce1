"""A patient whose condition a hospital changed (session 56, impl56b, condition_changes.py):
"was upgraded to stable condition", "was downgraded to critical condition", "The boy's
condition was upgraded to fair" is hurt as "remains in critical condition" is. Invented
sentences, with parallels that count no one."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Shots rang out on Pine Street. A man was upgraded to stable condition.",
            ("A man", "injured", 1),
        ),
        ("The victim was downgraded to critical condition.", ("The victim", "injured", 1)),
        (
            "Shots rang out on Pine Street. The boy's condition was upgraded to fair.",
            ("The boy", "injured", 1),
        ),
        ("The 24-year-old was upgraded to good condition.", ("The 24-year-old", "injured", 1)),
    ],
)
def test_person_whose_condition_changed_is_hurt(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The passenger was upgraded to first class.",
        "The bond rating was downgraded to junk.",
        "The storm was downgraded to a tropical depression.",
        "The man was not upgraded to stable condition.",
    ],
)
def test_change_that_is_no_condition_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
