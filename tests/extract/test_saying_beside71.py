"""A verb of saying coordinated with an estimate verb, or set off after it, makes a statement of
its own: the figures it gives are not estimated (tests/wirey, tests/wirem golds, session 71).
The estimate's own figure stays hedged, and so does what a claim's "saying" gives (tests/wired
gold). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import claim_texts, hedged_texts


@pytest.mark.parametrize(
    ("text", "hedged", "stated"),
    [
        (
            "The poultry council estimated direct losses to farms at more than 90 million pesos "
            "and said prices paid to egg producers had fallen by about 12% in three weeks.",
            "more than 90 million pesos",
            "about 12%",
        ),
        (
            "Growers' union FEPA estimated damage to orchards at more than $40m in the region "
            "alone, saying some 6,000 acres of apple trees were under water.",
            "more than $40m",
            "some 6,000 acres",
        ),
    ],
)
def test_said_beside_an_estimate_is_not_hedged(nlp, text, hedged, stated):
    assert stated in claim_texts(nlp, text)
    found = hedged_texts(nlp, text)
    assert hedged in found
    assert stated not in found


def test_said_beside_a_claim_stays_hedged(nlp):
    text = (
        "The rebel group claimed responsibility for the ambush, saying its fighters had killed "
        "more than 14 soldiers."
    )
    assert "more than 14" in hedged_texts(nlp, text)


def test_estimate_inside_what_is_said_stays_hedged(nlp):
    text = "The agency said it estimated that about 3,000 homes were flooded."
    assert "about 3,000" in hedged_texts(nlp, text)
