""" "At least one" that says what puts people in a share ("one in six tenants had missed at
least one payment", "a clear majority came from at least one ...", "the 5% a party needs in at
least one region") is a threshold, not a count; "at least one" with no share over it stays a
count. Golds: realgold32, wiref, wire2c, wire2l, wire2v, wire2y (not-claims); realgold,
realgold4, realgold6 (counts). Invented texts; threshold_ones.py."""

from __future__ import annotations

from tests.conftest import mention_texts


def test_at_least_one_defining_a_one_in_n_share_is_not_a_claim(nlp):
    text = "A housing survey found that one in six tenants had missed at least one payment.\n"
    assert not any("at least one" in m for m in mention_texts(nlp, text))


def test_at_least_one_after_a_share_as_a_preposition_is_not_a_claim(nlp):
    text = "The agency estimated that about one in ten farms had at least one worker abroad.\n"
    assert not any("at least one" in m for m in mention_texts(nlp, text))


def test_at_least_one_in_a_rule_of_a_percent_is_not_a_claim(nlp):
    text = "The Greens fell short of the 5% a party needs in at least one region to win seats.\n"
    assert not any("at least one" in m for m in mention_texts(nlp, text))


def test_at_least_one_person_killed_is_still_a_claim(nlp):
    text = "The truck struck a car late Tuesday, killing at least one person, police said.\n"
    assert "at least one" in mention_texts(nlp, text)


def test_at_least_one_wound_of_an_ordinal_victim_is_still_a_claim(nlp):
    text = (
        "A fifth victim, a woman found outside with at least one gunshot wound, was taken away.\n"
    )
    assert "at least one" in mention_texts(nlp, text)
