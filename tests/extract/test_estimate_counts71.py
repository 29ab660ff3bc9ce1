"""A figure that counts estimates or the people who make them is no estimate: not hedged; the
forecast figure itself stays hedged (tests/wirex, wire2f, wirek, wire2l golds, session 71).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import claim_texts, hedged_texts


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Analysts polled by Reuters had expected growth of 2.3% this quarter, according to the "
            "median of 22 estimates.",
            "22",
        ),
        (
            "The median forecast of 18 economists in a Bloomberg survey had been for a cut of 50 "
            "basis points.",
            "18",
        ),
    ],
)
def test_count_of_estimates_or_forecasters_is_not_hedged(nlp, text, count):
    assert count in claim_texts(nlp, text)
    assert count not in hedged_texts(nlp, text)


def test_amount_an_estimate_gives_stays_hedged(nlp):
    text = "The ministry's estimate of 300 deaths was revised on Monday."
    assert "300" in hedged_texts(nlp, text)
