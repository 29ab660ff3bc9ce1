"""A recovery made is a person hurt (session 56, impl56c, ``recovered_victims._made_recovery``):
"Officer makes recovery after being ambushed", "The deputy is making a good recovery" after a
shooting, as "is recovering" is (gold README "Implied counts", "Repeats"). Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Deputy makes recovery after being ambushed by caller", ("Deputy", "injured", 1)),
        (
            "A guard was shot at the bank on Friday. The guard is making a good recovery, the "
            "chief said.",
            ("The guard", "injured", 1),
        ),
        (
            "A clerk has made a full recovery from his gunshot wounds, his family said.",
            ("A clerk", "injured", 1),
        ),
    ],
)
def test_a_recovery_made_counts_the_person(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The economy made a strong recovery after the shooting of the film.",
        "The striker made a recovery in the second half and won the match.",
        "A patient made a full recovery from the flu, doctors said.",
        "The guard did not make a recovery after the shooting.",
    ],
)
def test_a_recovery_of_no_hurt_person_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
