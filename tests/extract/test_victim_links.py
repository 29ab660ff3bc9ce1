"""A person said to be the victim in an event or a victim of its kind (session 54, impl54;
victim_links.py): "A woman was the victim in Saturday's fatal shooting" = 1 killed, "A man
became the city's 100th homicide victim" = 1 killed. Invented sentences; gold README "Implied
counts", docs/gold-conventions.md "Vocabulary of casualty shapes (session 29)"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A cook became the city's 40th homicide victim this year.", ("A cook", "killed", 1)),
        ("A woman was the victim in Saturday's fatal shooting.", ("A woman", "killed", 1)),
        ("A teen was a shooting victim, police said.", ("A teen", "shot", 1)),
        ("Police said a barber was the victim in the stabbing.", ("a barber", "injured", 1)),
    ],
)
def test_the_victim_in_a_casualty_event_has_its_measure(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A teen became the latest victim of gun violence.",
        "A woman was not the victim in the shooting.",
        "A cook was the victim in the case.",
        "He was the victim in the shooting.",
    ],
)
def test_a_victim_of_no_casualty_event_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
