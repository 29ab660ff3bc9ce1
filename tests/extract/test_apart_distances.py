"""Two places "N blocks apart" are placed by the distance, not measured: no claim
(gold-conventions "Distances": "the two robberies were three blocks apart" is not a claim)."""

from __future__ import annotations

from tests.conftest import claim_texts


def test_blocks_apart_places_two_scenes(nlp):
    texts = claim_texts(nlp, "The two fires broke out about a block apart, firefighters said.")
    assert not any("block" in t for t in texts)


def test_miles_apart_places_two_crashes(nlp):
    texts = claim_texts(nlp, "The pileups happened roughly three miles apart on the interstate.")
    assert not any("three" in t for t in texts)
