"""A distance with "only" before it is argued as the point, a claim (gold-conventions
"Distances": "missiles based only 300 miles from our border"), unlike a distance that only
places a scene ("about 12 miles west of Millbrook", tested in test_mentions.py)."""

from __future__ import annotations

from tests.conftest import claim_named, claim_texts


def test_only_before_a_distance_from_a_place_makes_it_a_claim(nlp):
    claim = claim_named(
        nlp, "Rockets could be fired from bases only 600 miles from the capital.", "600 miles"
    )
    assert claim is not None and claim.value == 600


def test_only_about_a_distance_leading_a_sentence_is_a_claim(nlp):
    text = "Only about 90 miles from the coast, the reef would shelter enemy submarines."
    claim = claim_named(nlp, text, "about 90 miles")
    assert claim is not None and claim.value == 90


def test_a_mere_distance_away_is_a_claim(nlp):
    text = "The new plant sits a mere 40 yards away from the elementary school, parents said."
    assert any("40 yards" in t for t in claim_texts(nlp, text))
