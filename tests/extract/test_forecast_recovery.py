"""A forecast of how the hurt will fare ("one victim is expected to survive", "two are likely
to recover", "expected to be OK") forecasts their outcome, not their number: the count is not
hedged (tuning golds: every such figure unhedged; session 61, cav61). A forecast of a crowd's
size still is ("about 5,000 are expected to attend")."""

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
            "Lede.\n\nOne victim is expected to survive, and the other died at the scene.",
            "One",
            False,
        ),
        ("Lede.\n\nTwo victims are likely to recover, the clinic said.", "Two", False),
        ("Lede.\n\nAbout 5,000 people are expected to attend the fair.", "About 5,000", True),
    ],
)
def test_a_forecast_of_recovery_does_not_hedge_the_count(nlp, text, figure, expected):
    assert _hedged(nlp, text)[figure] is expected
