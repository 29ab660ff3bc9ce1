"""A count limited by "only" or "just" is still a count: "met only once", "open for only three
months before it closed" (README: multipliers and spans that assert something checkable;
docs/gold-conventions.md "Spans of time": how long something lasted; branch num54, session 54).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text",
    [
        "The two candidates have debated only once.",
        "The zoning board has met just once since March.",
        "The agency has missed the filing deadline once before.",
        "Inspectors visited the quarry only once in 2022.",
    ],
)
def test_limited_once_counts_one_time(nlp, text):
    assert "once" in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "He had once before tried to buy the team.",
        "Once before, the plant shut its doors for a winter.",
        "The mill was once the largest employer in the county.",
    ],
)
def test_once_meaning_formerly_is_no_count(nlp, text):
    assert "once" not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The shelter was open for only three months before it ran out of money.",
         "three months"),
        ("He chaired the board for just two years after the merger.", "two years"),
    ],
)  # fmt: skip
def test_limited_span_held_by_for_lasts(nlp, text, figure):
    assert figure in mention_texts(nlp, text)
