"""wsubj67 (session 67): "put X at N" names X also where the parse hangs the figure away from
"at" ("put the toll at 24 earlier in the evening") or hangs "at" on a noun after the object
("put the odds of a cut at the June meeting at less than 15%"): tests/wiref, corpus golds."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


def _subject(nlp, text: str, figure: str) -> str:
    return next(c.subject for c in claims_of(nlp, text) if c.text == figure)


@pytest.mark.parametrize(
    "text, figure, word",
    [
        ("The regional governor had put the toll at 43 earlier in the evening.", "43", "toll"),
        (
            "Investors put the odds of a rate cut at the June meeting at less than 15%, "
            "according to futures prices.",
            "less than 15%",
            "odds",
        ),
    ],
)
def test_a_reckoning_names_what_it_puts_at_the_figure(nlp, text, figure, word):
    assert word in _subject(nlp, text, figure).split()


def test_a_figure_at_a_place_after_a_plain_object_is_not_a_reckoning(nlp):
    # "sold" reckons nothing: the tickets, not the arena, are what is counted
    text = "The club sold the tickets for the final at the arena at 40 euros each."
    assert "arena" not in _subject(nlp, text, "40 euros").split()
