"""A bare count that a named person takes as a verb's object counts what the figure before it
counts, even when the tagger does not call the name a PERSON ("Sanders will pick up at least 16"
after "Ortiz will gain at least 22" delegates; session 63 subj63, ellipses._takes_the_count).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "With 41 delegates at stake, Ortiz will gain at least 22. Sanders will pick up at "
            "least 16.",
            "at least 16",
        ),
        (
            "With 88 delegates at stake, she will win at least 47. Sanders will gain at least 31.",
            "at least 31",
        ),
    ],
)
def test_named_holder_of_a_bare_count_takes_the_earlier_noun(nlp, text, figure):
    assert subject_of(nlp, text, figure) == "delegates"


def test_bare_count_with_its_own_noun_keeps_it(nlp):
    text = "With 41 delegates at stake, Ortiz will gain at least 22. Sanders will pick up 16 votes."
    assert subject_of(nlp, text, "16") == "votes"
