"""A person said to be one of a casualty group (session 54, impl54; one_of_groups.py): "Her
adult son was one of the people injured" says what "was among those injured" says. Invented
sentences; gold README "Implied counts", docs/gold-conventions.md "Vocabulary of casualty
shapes (session 29)"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Her adult son was one of the people injured, a cousin said.",
            ("Her adult son", "injured", 1),
        ),
        ("His roommate was one of three people shot.", ("His roommate", "shot", 1)),
        ("Police said a cook was one of those killed.", ("a cook", "killed", 1)),
        ("A barber was one of the dead.", ("A barber", "killed", 1)),
        (
            "A tenant, who was one of four people wounded, is recovering.",
            ("A tenant", "injured", 1),
        ),
    ],
)
def test_one_of_a_casualty_group_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A cook was one of the victims.",
        "A cook was one of the people interviewed.",
        "She was one of three people shot.",
        "The mayor was one of the people invited to the dinner.",
    ],
)
def test_one_of_a_group_of_no_casualty_or_a_pronoun_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
