""" "likely" or "probably" on a past act guesses at what happened, its count included ("the
fire likely destroyed 40 homes"): hedged (gold README, hedged: a belief or estimate;
docs/gold-conventions.md "Forecasts and beliefs" (c)). Over an act still to come ("will most
likely vote on four measures") the forecast is that the act happens, and its count is not
hedged (forecast_hedges.py; session 61, cav61)."""

from __future__ import annotations

import pytest

from factcheck.model import Caveat
from tests.conftest import claims_of


def _hedged(nlp, text: str) -> dict[str, bool]:
    return {c.text: any(m.kind is Caveat.HEDGED for m in c.caveats) for c in claims_of(nlp, text)}


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("The blaze likely destroyed 40 barns.", "40", True),
        ("The virus has probably reached 2,000 herds.", "2,000", True),
        ("The board will most likely vote on four measures.", "four", False),
        ("The clerk probably met the two buyers at the depot.", "two", False),
    ],
)
def test_likely_on_a_past_act_hedges_its_count(nlp, text, figure, expected):
    assert _hedged(nlp, text)[figure] is expected
