"""Implied counts whose subject the parse hangs elsewhere (lost_subjects.py, session 44): a
passive conjunct's own subject joined to the first clause's object, and "remained
hospitalized" as the complement of "remained"; invented sentences, gold README "Implied
counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


def test_a_passive_conjuncts_own_named_subject_is_counted(nlp):
    text = "A boy was grazed by a bullet and Carl Dunn, 24, was shot dead in an attack."
    counts = _counts(nlp, text)
    assert ("Carl Dunn", "killed", 1) in counts
    assert ("A boy", "shot", 1) in counts


def test_a_passive_conjunct_sharing_the_subject_is_not_a_second_person(nlp):
    counts = _counts(nlp, "A man was shot in the leg and was taken to a hospital.")
    assert [t for t, _, _ in counts] == ["A man"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Tom Brown remained hospitalized.", ("Tom Brown", "injured", 1)),
        ("The boy remained hospitalized.", ("The boy", "injured", 1)),
        ("Officer Dan Cole remains hospitalized.", ("Officer Dan Cole", "injured", 1)),
        (
            "The woman who remains critically injured was not named.",
            ("The woman", "injured", 1),
        ),
    ],
)
def test_a_person_who_remained_hospitalized_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


def test_a_thing_before_a_passive_conjunct_is_not_counted(nlp):
    text = "A boy was grazed by a bullet and the family car, a sedan, was hit twice."
    assert [t for t, _, _ in _counts(nlp, text)] == ["A boy"]
