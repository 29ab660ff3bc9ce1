"""A bare "half" before a determiner is a share (half_predeterminers); idioms are not."""

from __future__ import annotations

from tests.conftest import claim_texts


def test_half_before_the_is_a_share(nlp):
    assert "Half" in claim_texts(nlp, "Half the county's precincts had reported by midnight.")


def test_half_before_a_possessive_is_a_share(nlp):
    assert "half" in claim_texts(nlp, "The mayor cut half his senior staff after the audit.")


def test_half_of_a_verb_object_is_a_share(nlp):
    texts = claim_texts(nlp, "The plan would scrap half the state's toll booths.")
    assert "half" in texts


def test_half_the_battle_is_an_idiom(nlp):
    assert claim_texts(nlp, "Getting voters to the polls is half the battle, she said.") == []


def test_half_the_time_is_an_idiom(nlp):
    assert claim_texts(nlp, "The governor is late half the time, his critics say.") == []


def test_half_before_a_possessive_name_is_a_share(nlp):
    assert "Half" in claim_texts(nlp, "Audit: Half Mayor Reed's meetings were with lobbyists")


def test_half_in_a_place_name_is_no_share(nlp):
    assert claim_texts(nlp, "Half Moon Bay's harbor master retired on Friday.") == []
