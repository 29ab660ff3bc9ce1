"""subj56b: a figure after "that" the conjunction (or the relative) is said afresh: it does not
take the subject of an earlier claim of the same value, as a figure after the demonstrative
"that" does ("that 6.4 percent pace")."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


def _subject(nlp, text: str, start_word: str) -> str:
    start = text.rindex(start_word)
    return next(c.subject for c in claims_of(nlp, text) if c.start == start)


@pytest.mark.parametrize(
    "text, start_word, counted",
    [
        (
            "The mayor hired two new clerks in May. Aides think that at least two "
            "veteran lawmakers will retire next year.",
            "at least two",
            "lawmakers",
        ),
        (
            "The board approved 12 new buses last year. Officials said that 12 teachers "
            "were laid off in June.",
            "12 teachers",
            "teachers",
        ),
        (
            "Police said 20 people were shot at the fair. A pastor said that between 20 and 30 "
            "others were inside the church at the time.",
            "between 20 and 30",
            "others",
        ),
    ],
)
def test_a_figure_after_that_the_conjunction_keeps_its_own_noun(nlp, text, start_word, counted):
    assert counted in _subject(nlp, text, start_word)


def test_a_figure_after_that_the_demonstrative_is_the_earlier_one(nlp):
    text = (
        "The economy grew at a 6.4 percent pace in the spring. Few expect that 6.4 percent to last."
    )
    assert "pace" in _subject(nlp, text, "6.4 percent to")
