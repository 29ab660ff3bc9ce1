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


@pytest.mark.parametrize(
    ("text", "figure_at"),
    [
        (
            "Nurses said three patients were in stable condition, one was in serious condition "
            "and one was still being examined.",
            "one was in serious",
        ),
        (
            "Five of them were hurt by debris, 6 suffered burns, and one had a broken wrist, "
            "the chief said.",
            "one had",
        ),
        (
            "Deputies found two wounded men at the motel, two at a nearby gas station, one in "
            "the parking lot of Lincoln High School, and one by the fire station.",
            "one in",
        ),
    ],
)
def test_a_bare_one_in_a_list_of_counts_of_people_is_a_count(nlp, text, figure_at):
    start = text.index(figure_at)
    claims = _claims(nlp, text)
    assert any(c.text == "one" and c.start == start for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "She kept two phone numbers, one for friends and one for work.",
        "Two men were arrested, and one said he was innocent.",
        "There were two injured hikers on the trail, one being a teenager.",
        "The two boys - one is 12, the other is 14 - ran home.",
        "Three officers arrived, and the last one called for help.",
    ],
)
def test_a_one_that_names_a_kind_a_speaker_or_one_of_a_pair_is_no_count(nlp, text):
    assert "one" not in [m.lower() for m in mention_texts(nlp, text)]
