"""A bare number after "as young as" or "as old as" is an age describing people, not a count
(gold README: ages used as descriptors are not claims); with a unit after it, it measures."""

from __future__ import annotations

from tests.conftest import claim_texts


def test_as_young_as_and_as_old_as_give_ages(nlp):
    text = "The pastor trained volunteers as young as 16 and as old as 85 before the drive."
    assert claim_texts(nlp, text) == []


def test_as_old_as_before_a_comma_is_an_age(nlp):
    text = "Canvassers as old as 80, the organizer said, knocked on doors all weekend."
    assert claim_texts(nlp, text) == []
