"""A time clause on a charge verb ("was charged after deputies found 30 pounds of hemp") tells
what was found before the charge: a known finding, not what the charge alleges (caveat_scope.
allegation; docs/gold-conventions.md "Forecasts and beliefs": a time clause is taken as known;
session 61, cav61). What the charge itself says stays hedged."""

from __future__ import annotations

import pytest

from factcheck.model import Caveat
from tests.conftest import claims_of


def _hedged(nlp, text: str) -> dict[str, bool]:
    return {c.text: any(m.kind is Caveat.HEDGED for m in c.caveats) for c in claims_of(nlp, text)}


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Lane was charged after deputies found 30 pounds of hemp in his barn.",
            "30 pounds",
            False,
        ),
        ("Lane was charged when agents found $9,000 in his truck.", "$9,000", False),
        ("Lane was charged with taking $9,000 when he worked at the mill.", "$9,000", True),
    ],
)
def test_a_time_clause_on_a_charge_is_a_known_finding(nlp, text, figure, expected):
    assert _hedged(nlp, text)[figure] is expected
