""" "The bill failed by one vote": a margin of one is a count, not the article "a" (branch
miss53, session 53). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text",
    [
        "The zoning measure failed by one vote in the council.",
        "Her opponent lost the primary by one seat on the board.",
        "The board approved the budget by one vote after a long night.",
    ],
)
def test_a_margin_of_one_is_a_count(nlp, text):
    assert "one" in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The speech was followed by one question from the floor.",
        "The plan is underscored by one exchange with an aide.",
        "The appeal was rejected by one judge in the district.",
    ],
)
def test_one_after_another_by_stays_an_article(nlp, text):
    assert "one" in mention_texts(nlp, text, claims=False)
