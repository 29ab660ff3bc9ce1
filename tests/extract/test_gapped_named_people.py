"""A second person named, or given an age, with the casualty verb left out ("Ann Lee was shot
in the arm and Bob Stone in the leg", "and another man, 25, in the arm") is a count of 1 with
the verb's measure, as "a man was shot in the foot and a woman in the hand" is
(implied/gapped_objects.py, impl58). Not where what follows is no part of the body.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import implied_counts


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Jamal Ortiz, 22, was shot in the chest and Kevin Diaz, 25, in the leg.",
            ("Kevin Diaz", "shot", 1),
        ),
        ("The gunman shot Ann Lee in the arm and Bob Stone in the leg.", ("Bob Stone", "shot", 1)),
        (
            "Police said Ann Lee was shot in the arm and Bob Stone in the leg.",
            ("Bob Stone", "shot", 1),
        ),
        ("Ann Lee was shot in the arm and Bob Stone in the stomach.", ("Bob Stone", "shot", 1)),
        (
            "A man, 30, was shot in the back and another man, 25, in the arm.",
            ("another man", "shot", 1),
        ),
    ],
)
def test_a_named_or_aged_second_person_with_the_verb_gapped_is_counted(nlp, text, count):
    assert count in implied_counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ann Lee was shot in the arm and Bob Stone in the morning.", "Bob Stone"),
        ("The gunman shot Ann Lee in the arm and Bob Stone in Chicago.", "Bob Stone"),
    ],
)
def test_a_gapped_name_without_a_wound_is_not_counted(nlp, text, person):
    assert person not in [c[0] for c in implied_counts(nlp, text)]
