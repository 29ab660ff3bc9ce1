"""A death told in the clause of a verb of care counts the hurt person killed (session 46,
branch impl2; later_deaths.py and ``later_death`` in casualty_measures.py): "was shot and was
taken to a hospital before he was pronounced dead", "suffered a gunshot wound and was rushed to
a hospital where she died", "was taken to a hospital with a gunshot wound to the chest, where he
died". The tuning golds count that person killed, not shot or injured (realgold7, realgold12).
Invented sentences; parallels where the death is someone else's or not said keep the first
measure; gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a shooting, then a conjunct of care whose clause tells the death
        (
            "The woman was shot twice in her back and was taken to Mercy Hospital in critical "
            "condition before she was pronounced dead, a police spokesman said.",
            ("The woman", "killed", 1),
        ),
        # a wound suffered, then a conjunct of care with "where she was later pronounced dead"
        (
            "Police said the boy also suffered from a gunshot wound and was rushed to a nearby "
            "hospital where he was later pronounced dead.",
            ("the boy", "killed", 1),
        ),
        # the death clause hung on the last of a chain of prepositions
        (
            "Jenkins was taken to County Hospital with a gunshot wound to the neck, where he "
            "died an hour later.",
            ("Jenkins", "killed", 1),
        ),
        # "died a short time later": the parse takes the time for an object of "died"
        (
            "Ortiz was taken to Mercy Hospital with a gunshot wound to the stomach, where he "
            "died a short time later.",
            ("Ortiz", "killed", 1),
        ),
    ],
)
def test_a_death_in_the_clause_of_care_counts_the_person_killed(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the care is the shooter's, not the hurt woman's: she stays shot
        (
            "The gunman shot a clerk in the arm and was taken to a hospital, where he died.",
            ("a clerk", "shot", 1),
        ),
        # a death that may not come keeps the first measure
        (
            "The woman was shot in the leg and was taken to a hospital, where she could die.",
            ("The woman", "shot", 1),
        ),
        # someone else dies at the place
        (
            "The man was shot in the arm and was taken to a hospital where his uncle died "
            "last year.",
            ("The man", "shot", 1),
        ),
    ],
)
def test_no_death_of_the_same_person_keeps_the_first_measure(nlp, text, count):
    assert count in _counts(nlp, text)


def test_a_death_that_may_come_in_care_keeps_the_person_injured(nlp):
    # "where he could die": not said as happening (``later_death`` skips a modal)
    text = "A teenager was rushed to a hospital, where he could die, doctors said."
    assert ("A teenager", "injured", 1) in _counts(nlp, text)
