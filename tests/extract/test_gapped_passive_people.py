"""A second person of a passive harm with the verb gapped ("a man was shot in the foot and a
woman in the hand") is counted with the verb's measure, as the active's gapped object is
("shot the clerk in the arm and a customer in the leg"; implied/gapped_objects.py, impl55). The
second person's own place must be a part of the body. Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Deputies said a man was shot in the foot and a woman in the hand.",
            ("a woman", "shot", 1),
        ),
        (
            "Deputies said a 19-year-old was shot in the foot and a 21-year-old in the hand.",
            ("a 21-year-old", "shot", 1),
        ),
        ("A man was shot in the chest and his brother in the arm.", ("his brother", "shot", 1)),
        (
            "A man was fatally shot in the chest and his brother in the head.",
            ("his brother", "killed", 1),
        ),
    ],
)
def test_a_gapped_second_person_of_a_passive_harm_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot in the leg and a woman in the house.",
        "A man was shot in the leg and a woman in the car was unhurt.",
    ],
)
def test_a_second_person_placed_in_no_body_part_is_not_counted(nlp, text):
    assert "a woman" not in [c[0] for c in _counts(nlp, text)]
