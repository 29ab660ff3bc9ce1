"""A verb of impact joined to a clause of gunfire with no subject of its own ("Shots fired from
a passing car struck a woman and her son", "A stray bullet went through a window and struck a
toddler"), or a relative clause on the gunfire ("the gunfire that struck a 6-year-old"), has
the gunfire for its doer, so the people it hits were shot
(implied/casualty_measures.py ``_hit_by_gunfire``, impl58; gold README "Implied counts").
A car or a storm that strikes someone counts no one. Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import implied_counts


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Shots fired from a passing car struck a woman and her teenage son.",
            ("a woman and her teenage son", "shot", 2),
        ),
        (
            "Bullets pierced the living room wall and hit a 9-year-old girl.",
            ("a 9-year-old girl", "shot", 1),
        ),
        ("Several shots rang out and struck a man standing on the corner.", ("a man", "shot", 1)),
        (
            "A stray bullet went through a window and struck a sleeping toddler.",
            ("a sleeping toddler", "shot", 1),
        ),
        (
            "The gunfire that struck a 6-year-old came from a nearby street.",
            ("a 6-year-old", "shot", 1),
        ),
        ("Police recovered the bullet that hit a woman in the car.", ("a woman", "shot", 1)),
    ],
)
def test_a_joined_impact_of_gunfire_counts_who_it_hits(nlp, text, count):
    assert count in implied_counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The car jumped the curb and struck a pedestrian.",
        "The storm toppled trees and hit a man walking his dog.",
        "The car that struck a pedestrian sped away.",
    ],
)
def test_a_joined_impact_of_something_else_counts_no_one(nlp, text):
    assert implied_counts(nlp, text) == []
