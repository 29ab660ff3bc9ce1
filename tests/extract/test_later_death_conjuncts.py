"""A person a relative clause says was shot dies in a verb joined to the main clause's ("Ann
Lee, who was shot, was taken to a hospital and later died"): 1 killed (later_deaths.py).
Invented sentences; gold conventions "A man who was shot Saturday died" = killed."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


def test_a_death_joined_to_the_main_verb_makes_the_shot_person_killed(nlp):
    text = "Tom Ruiz, 23, who had been shot in the head, was taken to a hospital and later died."
    assert ("Tom Ruiz", "killed", 1) in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Ruiz, who was shot in the arm, was taken to a hospital and released.",
        "Tom Ruiz, who was shot in the arm, could be moved and die, doctors warned.",
    ],
)
def test_no_death_in_the_joined_verb_keeps_the_wound(nlp, text):
    assert all(m != "killed" for t, m, _ in _counts(nlp, text) if "Ruiz" in t)
