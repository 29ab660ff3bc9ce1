"""A distance wire copy gives in two units, or "to the west", only places a town, as "about 12
miles west of Millbrook" does (docs/gold-conventions.md "Distances"; session 64, tests/wirea
and wireb). A distance that is the measured fact stays a claim. Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import claim_texts


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "The strike hit the market town of Kutum, about 120 kilometers (75 miles) north of "
            "Nyala, late Monday.",
            ("about 120 kilometers", "75 miles"),
        ),
        (
            "Thousands fled toward Mellit, some 45 kilometers (28 miles) to the east, which "
            "shelters 200,000 people.",
            ("some 45 kilometers", "28 miles"),
        ),
        (
            "Tremors were felt as far away as Lucknow, more than 600 km to the southeast.",
            ("more than 600 km",),
        ),
        (
            "The boat sent a distress call about 35 nautical miles south-west of Malta.",
            ("about 35",),
        ),
    ],
)
def test_a_distance_in_two_units_or_to_the_west_places_the_town(nlp, text, figures):
    texts = claim_texts(nlp, text)
    for figure in figures:
        assert not any(figure in t for t in texts)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The dam will be 180 meters (590 feet) high.", "180 meters"),
        ("The quake struck at a depth of 15 km (9 miles).", "15 km"),
        ("The pipeline will run 900 kilometers to the coast.", "900 kilometers"),
        # past a conversion only a compass point places; "from" stays a claim there, as the
        # development golds keep it (the distance argued)
        ("Dunmore lies some 30 km (19 miles) from the border.", "some 30 km"),
    ],
)
def test_a_measured_distance_with_a_conversion_stays_a_claim(nlp, text, figure):
    assert figure in claim_texts(nlp, text)
