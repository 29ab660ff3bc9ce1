"""wspan69 (session 69): the half of "the first half of the following year" and of "during the
first half" places an event in time, no claim; "the first half of its stake" stays a share.
Invented texts.

tests/wire2d gold ("period placing an event in time (first half of a year)"), realgold5 gold
("part of a time expression (first half)").
"""

from __future__ import annotations

from tests.conftest import mention_texts


def test_half_of_the_following_year_is_no_claim(nlp):
    text = "A revised count is normally issued in the first half of the following year."
    assert "half" not in mention_texts(nlp, text)


def test_half_of_a_match_placing_a_goal_is_no_claim(nlp):
    text = "Okafor scored twice during the first half, the club said."
    assert "half" not in mention_texts(nlp, text)


def test_first_half_of_a_stake_stays_a_share(nlp):
    text = "The fund sold the first half of its stake to Norvik Bank for $30 million."
    assert "half" in mention_texts(nlp, text)


def test_half_without_a_place_in_a_period_stays_a_share(nlp):
    text = "The group sold half of its stake in 2021, the filing showed."
    assert "half" in mention_texts(nlp, text)
