"""A bound on "one" makes it a count (branch miss53, session 53). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Deputies said at least one of the victims worked at the mill.", "at least one"),
        (
            "At least one of the four injured men was released on Monday.",
            "At least one of the four",
        ),
        ("Only one of the 90 council members voted for the plan.", "one of the 90"),
        ("At most one of the bidders can win the contract.", "At most one"),
    ],
)
def test_one_after_a_bound_is_a_count(nlp, text, figure):
    assert figure in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("She is the only one who stayed until the end.", "one"),
        ("He was one of the victims of the scheme.", "one"),
        ("Only one of the best players stayed with the club.", "one"),
        ("The mayor said one of them had left town.", "one"),
        ("The tax is only one of the reasons she moved away.", "one"),
        ("Only one of many voices in the room was heard.", "one"),
    ],
)
def test_one_without_a_bound_stays_a_pronoun(nlp, text, figure):
    assert figure in mention_texts(nlp, text, claims=False)
