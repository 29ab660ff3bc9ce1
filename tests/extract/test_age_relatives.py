"""An age standing alone for a person, with a relative clause of harm, is counted as a person
noun with one ("a 16-year-old who was shot and killed" = 1 killed, as "a girl who was fatally
shot"; gold README "Implied counts"): the tagger calls the age an adjective, and the clause's
"who" was left as a pronoun (implied/relative_people.py, impl55). Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Deputies have identified a 17-year-old who was shot and killed Friday on Ash Road.",
            ("a 17-year-old", "killed", 1),
        ),
        (
            "The 17-year-old who was shot and killed Friday was a senior at West High.",
            ("The 17-year-old", "killed", 1),
        ),
        (
            "Officers found a 22-year-old who had been shot in the arm.",
            ("a 22-year-old", "shot", 1),
        ),
        (
            "Police said a 15-year-old who was wounded in the shooting is expected to survive.",
            ("a 15-year-old", "injured", 1),
        ),
    ],
)
def test_an_age_with_a_relative_clause_of_harm_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Deputies are looking for a 17-year-old who was seen near the store.",
        "A 17-year-old who shot a clerk was arrested on Friday.",
    ],
)
def test_an_age_whose_clause_tells_no_harm_to_it_is_not_counted(nlp, text):
    assert "a 17-year-old" not in [c[0].lower() for c in _counts(nlp, text)]
