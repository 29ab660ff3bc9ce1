"""A reduced relative right after an object, which the parse hangs on the main verb, counts the
object's people (misread_relatives.trailing_relative_person). Invented sentences; gold README
"Implied counts" ("a man killed in the shooting" counts the man)."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


def test_people_named_before_a_trailing_participle_are_counted(nlp):
    text = (
        "Deputies released the names of the 30-year-old woman and the 5-year-old girl shot "
        "dead in Ames on Friday."
    )
    assert ("the 30-year-old woman and the 5-year-old girl", "killed", 2) in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the participle has its own subject: a clause, not a relative
        "Deputies released the names of the woman after she was shot in Ames.",
        # a thing before the participle
        "Deputies released the car shot full of holes on Friday.",
    ],
)
def test_a_participle_with_its_own_clause_or_a_thing_counts_no_object(nlp, text):
    assert all(not t.startswith("the names") and "car" not in t for t, _, _ in _counts(nlp, text))
