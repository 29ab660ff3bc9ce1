""" "A fourth of", "an eighth of" and "two thirds of" are shares, as "a fifth of" and
"two-thirds of" are (branch numw55, session 55). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("A fourth of the county's precincts reported late.", "A fourth", 0.25),
        ("Nearly a fourth of the members skipped the vote.", "Nearly a fourth", 0.25),
        ("One fourth of the grant goes to road repair.", "One fourth", 0.25),
        ("An eighth of the ballots were cast by mail.", "An eighth", 0.125),
    ],
)
def test_spaced_ordinal_fraction_before_of_is_a_share(nlp, text, figure, value):
    claims = {c.text: c for c in claims_of(nlp, text)}
    assert claims[figure].value == value


@pytest.mark.parametrize(
    "text",
    [
        "The town holds its parade on the fourth of July.",
        "They planned a fourth of July picnic by the lake.",
        "The board met for a fourth time on Monday.",
    ],
)
def test_ordinal_fourth_stays_no_share(nlp, text):
    assert not [c for c in claims_of(nlp, text) if "fourth" in c.text.lower()]


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Two thirds of the council must approve the levy.", "Two thirds", 0.667),
        ("About three fifths of the ballots were counted.", "About three fifths", 0.6),
        ("Three quarters of the members backed the plan.", "Three quarters", 0.75),
    ],
)
def test_spaced_spelled_fraction_is_a_share(nlp, text, figure, value):
    claims = {c.text: c for c in claims_of(nlp, text)}
    assert claims[figure].value == value


@pytest.mark.parametrize(
    "text",
    [
        "The plant lost money for two quarters of this year.",
        "The two halves of the county vote differently.",
    ],
)
def test_counted_quarters_and_halves_stay_no_share(nlp, text):
    assert all(c.unit != "share" for c in claims_of(nlp, text))
