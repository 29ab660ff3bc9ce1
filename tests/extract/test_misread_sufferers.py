"""A person before "suffered", "sustained" or "underwent" where the tagger reads the clause as
one noun phrase (session 54, branch impl54c, misread_sufferers.py): "A motorist sustained minor
injuries" is 1 injured as "A man sustained minor injuries" is. Invented sentences; a definite
person, a loss that is no harm and surgery with no harm told count no one (gold README "Implied
counts")."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, int]]:
    return [(c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    "text",
    [
        "A motorist sustained non-life-threatening injuries.",
        "A juvenile suffered gunshot wounds to the torso.",
        "A resident underwent surgery for a gunshot wound.",
        "A 17-year-old underwent surgery for a gunshot wound.",
    ],
)
def test_misread_sufferer_counts_one_injured(nlp, text):
    assert ("injured", 1) in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The company sustained heavy losses last year.",
        "A patient underwent surgery for a knee replacement.",
        "A resident underwent heart surgery on Monday.",
        "The senior suffered minor injuries, police said.",
    ],
)
def test_no_harm_or_definite_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
