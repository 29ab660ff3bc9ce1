"""A share "of" an owner's things counts the things, not the owner, also when the parse takes
the owner for the object of "of" (the curly "’s" hung elsewhere; invented text)."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    ("text", "figure", "word", "owner"),
    [
        (
            "Fifty of the nation’s top Republican national security officers signed an "
            "open letter Monday.",
            "Fifty",
            "officers",
            "nation",
        ),
        (
            "Fifty of the nation's top Republican national security officers signed an "
            "open letter.",
            "Fifty",
            "officers",
            "nation",
        ),
        ("Three of the city’s public schools closed.", "Three", "schools", "city"),
    ],
)
def test_share_of_an_owners_things_counts_the_things(nlp, text, figure, word, owner):
    words = subject_of(nlp, text, figure).split()
    assert word in words
    assert owner not in words


def test_share_of_an_owner_without_a_possessive_keeps_the_owner(nlp):
    text = "Ten of the counties voted early."
    assert subject_of(nlp, text, "Ten") == "counties"
