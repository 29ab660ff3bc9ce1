"""notclaim55 (session 55): a station's helicopter named by its channel ("Photo: Air 11 / KHOU
11", "Sky 5 flew over the scene") is part of a name, not a claim; a share after the word stays
a figure. Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Crash scene on Route 9 (Photo: Air 11 / KHOU 11)", "11"),
        ("Sky 5 flew over the scene on Tuesday morning.", "5"),
        ("The Chopper 4 crew saw smoke from the roof.", "4"),
    ],
)  # fmt: skip
def test_a_station_helicopter_number_is_part_of_a_name(nlp, text, figure):
    assert figure not in mention_texts(nlp, text)


def test_a_share_after_the_word_stays_a_figure(nlp):
    assert "3 percent" in mention_texts(nlp, "Fares on Sky rose 3 percent last year.")
