"""Half or a quarter of one unit is one figure with its unit (unit_fractions)."""

from __future__ import annotations

from tests.conftest import claim_named, claim_texts, mention_texts


def test_a_half_hour_after_within_is_an_upper_bound(nlp):
    claim = claim_named(
        nlp, "Neighbors gathered at the corner within a half hour.", "within a half hour"
    )
    assert claim is not None and claim.value == 0.5 and claim.approx.value == "upper_bound"


def test_half_an_hour_is_a_span(nlp):
    claim = claim_named(nlp, "The hearing lasted half an hour.", "half an hour")
    assert claim is not None and claim.value == 0.5 and claim.unit == "hour"


def test_half_a_percentage_point_is_a_figure(nlp):
    claim = claim_named(
        nlp,
        "The levy would raise revenue equal to half a percentage point of output.",
        "half a percentage point",
    )
    assert claim is not None and claim.value == 0.5


def test_half_a_decade_is_five_years(nlp):
    claim = claim_named(
        nlp, "The program has survived half a decade of budget fights.", "half a decade"
    )
    assert claim is not None and claim.value == 5 and claim.unit == "year"


def test_half_hour_that_places_an_event_is_no_claim(nlp):
    text = "The network called the race less than a half-hour after polls closed."
    assert claim_texts(nlp, text) == []
    assert "a half-hour" in mention_texts(nlp, text, claims=False)


def test_half_mile_that_places_the_scene_is_no_claim(nlp):
    assert claim_texts(nlp, "The truck was found a half mile east of the bridge.") == []


def test_glued_half_hour_before_its_noun_is_a_descriptor(nlp):
    assert claim_texts(nlp, "The station aired a half-hour special on the fire.") == []


def test_half_a_million_is_still_a_number(nlp):
    claim = claim_named(
        nlp, "The town spent half a million dollars on the roof.", "half a million dollars"
    )
    assert claim is not None and claim.value == 500000


def test_a_unit_and_a_half_is_one_and_a_half(nlp):
    text = "The nominee had to wait almost a year and a half for a hearing."
    claim = claim_named(nlp, text, "almost a year and a half")
    assert claim is not None and claim.value == 1.5 and claim.approx.value == "approximate"


def test_a_unit_and_a_half_later_places_an_event(nlp):
    text = "Her second post, an hour and a half later, was about the budget."
    assert claim_texts(nlp, text) == []
    assert "an hour and a half" in mention_texts(nlp, text, claims=False)


def test_half_after_a_unit_and_is_no_share(nlp):
    text = "He blamed the council for the past decade and a half of road repairs."
    assert claim_texts(nlp, text) == []
