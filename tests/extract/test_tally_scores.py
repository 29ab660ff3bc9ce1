"""A tally in a sentence of a game is its score, not a vote (tallies.py)."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Okafor pitched eight innings, and the Tigers won, 5-3.", "5"),
        ("Okafor pitched eight innings, and the Tigers won, 5-3.", "3"),
        (
            "Georgia beat unbeaten Auburn 31-28 to take the conference title in a college "
            "football game.",
            "28",
        ),
    ],
)
def test_tally_in_a_game_is_a_score(nlp, text: str, figure: str) -> None:
    assert subject_of(nlp, text, figure) == "score"
