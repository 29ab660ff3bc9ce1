"""A clause of impact hung on a gun or a shot that goes off or travels ("The gun went off,
striking his daughter in the leg", "A bullet went through the wall, striking a neighbor")
counts the person struck as shot, as "opened fire, striking the driver" does
(implied/impact_clauses.py, impl55). Not counted: a car, a ball or a train that strikes.
Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The gun went off, striking his son.", ("his son", "shot", 1)),
        ("A bullet went through the wall, striking a neighbor.", ("a neighbor", "shot", 1)),
        ("The rifle discharged, fatally striking a woman nearby.", ("a woman", "killed", 1)),
        ("A stray round flew across the yard, hitting a 9-year-old.", ("a 9-year-old", "shot", 1)),
    ],
)
def test_a_gun_going_off_and_striking_counts_the_person(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The car jumped the curb, striking a pedestrian.",
        "The ball bounced off the rim, hitting a teammate.",
        "The bullet train sped past, striking a worker.",
    ],
)
def test_a_thing_that_strikes_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
