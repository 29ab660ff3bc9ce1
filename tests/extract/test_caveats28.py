"""caveats28 (session 24): hedges that reach the figure and hedges that reach only an act, on
invented sentences parallel to the tuning and unannotated cases."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.model import Caveat


def hedged_claims(nlp, text):
    """The texts of the claims that carry the hedged caveat (full extraction)."""
    claims = extract_claims(nlp(text), doc_name="t").claims
    return [c.text for c in claims if any(m.kind == Caveat.HEDGED for m in c.caveats)]


@pytest.mark.parametrize(
    "text",
    [
        "The council will most likely vote on six zoning changes on Tuesday.",
        "The bakery is expected to lay off 140 workers next month.",
        "The union is expecting to hold rallies in seven cities this weekend.",
        "It probably marks the start of a long, four-way contest for the seat.",
    ],
)
def test_forecast_of_an_act_does_not_hedge_the_figures_it_involves(nlp, text):
    assert hedged_claims(nlp, text) == []


@pytest.mark.parametrize(
    "text, hedged",
    [
        ("Officials expect the toll to reach 60.", ["60"]),
        ("The flood likely killed 11 people.", ["11"]),
        ("Neighbors heard probably five or six shots.", ["five or six"]),
        ("The bridge is expected to cost $40 million.", ["$40 million"]),
        ("The mill expects to ship fewer than 900 trucks this year.", ["fewer than 900"]),
    ],
)
def test_forecast_of_a_size_still_hedges_the_figure(nlp, text, hedged):
    assert hedged_claims(nlp, text) == hedged
