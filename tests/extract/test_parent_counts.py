"""A bare number after a parent noun and "of" counts the parent's children
(parent_counts.parent_children): "the father of two" -> "father of two children"."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, counted",
    [
        ("The father of two tried to drive around the stalled truck.", "two", "children"),
        ("Maria Ortiz, 34, is a mother of three, who works as a nurse.", "three", "children"),
        ("Which retired grandfather of nine would not enjoy that?", "nine", "grandchildren"),
    ],
)
def test_number_after_parent_counts_children(nlp, text: str, figure: str, counted: str) -> None:
    assert counted in subject_of(nlp, text, figure).split()


def test_subject_keeps_parent_as_written(nlp) -> None:
    subject = subject_of(nlp, "The father of two tried to drive around the truck.", "two")
    assert subject.startswith("father of two")
