"""Readings of docs/gold-conventions.md (session 23) the extractor follows on invented
sentences parallel to the tuning cases."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses said the break-ins were about three blocks apart.",
        "The bomb went off some 40 meters (yards) away from the town hall.",
    ],
)
def test_distance_apart_or_glossed_away_places_the_scene(nlp, text):
    assert mention_texts(nlp, text) == []


def test_distance_that_is_the_measured_fact_stays_a_claim(nlp):
    assert mention_texts(nlp, "The new levee will be 18 feet high, the mayor said.") == ["18 feet"]
