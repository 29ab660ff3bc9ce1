"""A share "of what" a clause names is a share of that clause, as written (what_wholes.py)."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, words",
    [
        (
            "She proposes $90 billion - half of what the mayor's budget chief, Ana Ruiz, has "
            "sought.",
            "half",
            ["share", "Ruiz", "sought"],
        ),
        (
            "That is less than 10 percent of what the Road Builders Association estimates will "
            "be needed.",
            "less than 10 percent",
            ["share", "Road Builders Association", "needed"],
        ),
        (
            "The team believes it could have 80% of what it needs to win the title.",
            "80%",
            ["share", "needs"],
        ),
    ],
)
def test_share_of_what_a_clause_names_is_a_share_of_that_clause(
    nlp, text: str, figure: str, words: list[str]
) -> None:
    subject = subject_of(nlp, text, figure)
    assert all(word in subject for word in words)
