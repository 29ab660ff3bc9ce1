"""People a wound was inflicted on (session 54, impl54; inflicted_wounds.py): "inflicted a fatal
gunshot wound on their son" = 1 killed, "inflicted serious injuries on a clerk" = 1 injured.
Invented sentences; gold README "Implied counts", docs/gold-conventions.md "Vocabulary of
casualty shapes (session 29)"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Deputies say the gunman inflicted a fatal gunshot wound on their 5-year-old son.",
            ("their 5-year-old son", "killed", 1),
        ),
        ("The robber inflicted serious injuries on a cashier.", ("a cashier", "injured", 1)),
        (
            "Police said the attacker inflicted multiple stab wounds on a teen.",
            ("a teen", "injured", 1),
        ),
    ],
)
def test_a_wound_inflicted_on_a_person_counts_them(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The storm inflicted heavy damage on the city.",
        "The defeat inflicted a deep wound on the party.",
        "The ruling could inflict serious injuries on a cashier.",
    ],
)
def test_a_wound_inflicted_on_no_person_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
