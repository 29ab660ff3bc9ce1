"""notclaim55 (session 55): a place in a ranking given under a label ("(Previous ranking: 4)",
"Last week's ranking: 2", "Rank: 2") is an ordinal, not a claim (gold README: "ordinals");
a number that counts something after the label stays a claim. Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, number",
    [
        ("5. Dana Ortiz (Previous ranking: 4). The mayor had a rough week.", "4"),
        ("Last week's ranking: 2. The senator keeps gaining in the polls.", "2"),
        ("Previous rank: 6", "6"),
        ("The governor's previous ranking was 3, the magazine said.", "3"),
        ("Our Power Rankings this week. Lee Park (Last week: 7) held a rally.", "7"),
    ],
)  # fmt: skip
def test_a_labelled_place_in_a_ranking_is_not_a_claim(nlp, text, number):
    assert number not in mention_texts(nlp, text)
    assert number in mention_texts(nlp, text, claims=False)


@pytest.mark.parametrize(
    "text, number",
    [
        ("Last week: 9 arrests were made in the county, the sheriff said.", "9"),
        ("The ranking: 40 percent of voters rate the mayor well.", "40 percent"),
        ("Last week: 12. The count of new cases fell again.", "12"),
    ],
)  # fmt: skip
def test_a_count_after_the_label_stays_a_claim(nlp, text, number):
    assert number in mention_texts(nlp, text)
