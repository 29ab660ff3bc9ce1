"""A body's size written as a compound ("a seven-member panel") is a claim (realgold8,
realgold10, realgold14 golds); other compounds stay descriptors (gold README)."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, claims",
    [
        ("The nine-member board would be run by the governor's allies.", ["nine"]),
        ("The 31-member state committee will meet in private.", ["31"]),
        ("He lives in a five-story building.", []),
        ("A three-judge panel heard the appeal on Monday.", ["three"]),
        ("She runs a 12-employee business in the city.", ["12"]),
        ("The rebels have a 40,000-strong force in the north.", ["40,000"]),
        ("They slept in a two-person tent.", []),
    ],
)
def test_size_of_a_body_is_a_claim_but_other_compounds_are_not(nlp, text, claims):
    assert mention_texts(nlp, text) == claims


@pytest.mark.parametrize(
    "text, claims",
    [
        ("He wants a $15-an-hour minimum wage.", ["$15"]),
        ("The city pays a $900-a-month housing stipend.", ["$900"]),
        ("It was a two-man job, the foreman said.", []),
    ],
)
def test_price_fused_with_its_rate_is_a_claim(nlp, text, claims):
    assert mention_texts(nlp, text) == claims
