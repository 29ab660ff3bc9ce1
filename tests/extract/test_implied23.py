"""Implied counts added in session 20 (branch implied23): invented sentences, gold README
"Implied counts" and the tuning sets' golds."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Prosecutors charged the driver with the murder of Carla Jones last spring.",
            [("Carla Jones", "killed", 1)],
        ),
        (
            "A neighbor was arrested in the deaths of Rita Gomez and her grandson.",
            [("Rita Gomez and her grandson", "killed", 2)],
        ),
        (
            "A Dayton mother was charged in her infant's accidental shooting.",
            [("her infant", "shot", 1)],
        ),
        ("He was charged with the attempted murder of Carla Jones.", []),
        ("The senator promised the killing of the tax bill.", []),
        ("The shooting of the film ended in May.", []),
    ],
)
def test_casualty_noun_counts_a_named_or_owning_victim(nlp, text, expected):
    assert _counts(nlp, text) == expected
