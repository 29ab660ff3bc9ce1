"""Spans on real news, session 23 (branch spans25). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


def _claims(nlp, text):
    from factcheck.extract.claims import extract_claims

    return extract_claims(nlp(text), doc_name="x", text=text).claims


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        (
            "The fire broke out at a mill in Dover, about 30 miles north of Lakeview, officials said.",
            "about 30 miles",
            "distance in miles",
        ),
        ("The farm lies about 40 miles south of the city.", "about 40 miles", "distance in miles"),
        ("One driver reached a clinic 12 miles away in Bexley.", "12 miles", "distance in miles"),
        (
            "The blast happened about 200 yards from the school.",
            "about 200 yards",
            "distance in yards",
        ),
        (
            "The town lies 20 kilometers northwest of the capital.",
            "20 kilometers",
            "distance in kilometers",
        ),
    ],
)
def test_a_distance_in_miles_or_yards_that_places_a_scene_is_a_measured_distance(
    nlp, text, figure, subject
):
    claim = next(c for c in _claims(nlp, text) if c.text == figure)
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("text", "not_claim"),
    [
        ("He lived two blocks away from the store.", "two"),
        ("The second shooting was about a block north of the park.", "a block"),
    ],
)
def test_city_blocks_that_place_a_scene_are_not_claims(nlp, text, not_claim):
    assert not any(not_claim in m for m in mention_texts(nlp, text))
