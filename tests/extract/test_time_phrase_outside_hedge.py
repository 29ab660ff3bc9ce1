"""A figure in a time phrase on the hedged verb ("fear for their safety after three shootings
this month") is the setting of the belief, known as a time clause's event is (docs/gold-
conventions.md "Forecasts and beliefs": a relative or time clause is not what the hedged clause
asserts; session 61, cav61). What the belief says still is hedged."""

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
            "Lede.\n\nTenants fear for their safety after three break-ins this month.",
            "three",
            False,
        ),
        ("Lede.\n\nTenants fear that as many as 40 units were broken into.", "as many as 40", True),
    ],
)
def test_a_time_phrase_is_the_setting_of_a_belief(nlp, text, figure, expected):
    assert _hedged(nlp, text)[figure] is expected
