"""An active "reported" attributes, it does not hedge (caveat_hedges._is_attribution_verb), also
when it is coordinated with a verb whose subject it shares: "Deputies arrived and reported
finding two men shot" (session 61, cav61). A passive "were reported killed" still hedges."""

from __future__ import annotations

import pytest

from factcheck.model import Caveat
from tests.conftest import claims_of


def _hedged(nlp, text: str) -> dict[str, bool]:
    return {c.text: any(m.kind is Caveat.HEDGED for m in c.caveats) for c in claims_of(nlp, text)}


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("Deputies arrived and reported finding a driver with two stab wounds.", "two", False),
        ("Campers heard a bang and reported seeing three men flee.", "three", False),
        ("Three hikers were reported killed in the storm.", "Three", True),
    ],
)
def test_a_coordinated_active_report_attributes(nlp, text, figure, expected):
    assert _hedged(nlp, text)[figure] is expected
