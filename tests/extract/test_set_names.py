"""fp4 (session 46): "the five boroughs" and "the 50 states" name a place by its number of
parts; the number is part of the name, not a claim. Invented texts.

Gold README: numbers that are part of a name are not claims (realgold8, realgold31, realgold32
golds).
"""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "As of Thursday, 900 shootings had been reported in the five boroughs, police said.",
            "five",
        ),
        ("Her base was Long Island, the five boroughs, and upstate cities.", "five"),
        ("You have to take a dim view of the 50 states in this country, he said.", "50"),
    ],
)
def test_number_naming_a_known_whole_is_not_a_claim(nlp, text, figure):
    assert figure not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "As of Thursday, 900 shootings had been reported in the five boroughs, police said.",
            "900",
        ),
        ("The campaign will run ads in all 50 states.", "50"),
        ("She won 37 of the 50 states.", "37 of the 50"),
        ("He won five boroughs of the city.", "five"),
    ],
)
def test_counts_of_states_and_boroughs_stay_claims(nlp, text, figure):
    assert figure in mention_texts(nlp, text)
