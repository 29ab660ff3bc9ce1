"""A transfer to care whose subject the parse joins to the first clause ("Two of the victims
died from their wounds and the remaining victim, a woman, was taken to a hospital": the parse
makes "victim" a conjunct of "wounds") counts that subject as injured, as it counts the
stranded subject of "was shot dead" (implied/lost_subjects.py; the appositive's closing comma
may stand before the "was", impl55). Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Two of the victims died from their injuries and the remaining victim, a male, was "
            "rushed to a hospital in serious condition, officials said.",
            ("the remaining victim", "injured", 1),
        ),
        (
            "One man died from his wounds and the other victim, a female, was taken to a "
            "hospital in stable condition, deputies said.",
            ("the other victim", "injured", 1),
        ),
        (
            "A girl was hit by a bullet and Tom Reyes, 31, was shot dead.",
            ("Tom Reyes", "killed", 1),
        ),
    ],
)
def test_a_stranded_subject_of_a_later_clause_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


def test_a_stranded_thing_is_not_counted(nlp):
    text = "The man died from his wounds and the car, a sedan, was taken to a hospital lot."
    assert "the car" not in [c[0] for c in _counts(nlp, text)]
