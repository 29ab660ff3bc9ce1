"""Under "allege" the victims of the harm alleged are a known toll, as under "allegedly",
"accused of" and "charged with" (docs/gold-conventions.md, "Victims of an act someone is
accused of"): not hedged; what the act took or aimed at stays hedged (session 61, cav61)."""

from __future__ import annotations

import pytest

from factcheck.model import Caveat
from tests.conftest import claims_of


def _hedged(nlp, text: str) -> dict[str, bool]:
    return {c.text: any(m.kind is Caveat.HEDGED for m in c.caveats) for c in claims_of(nlp, text)}


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("The indictment alleges that Lane shot two guards.", "two", False),
        ("Prosecutors allege that Lane fired nine shots, killing two guards.", "two", False),
        ("Prosecutors allege that Lane fired nine shots, killing two guards.", "nine", True),
        ("The lawsuit alleges Lane took $60,000 from the fund.", "$60,000", True),
    ],
)
def test_alleged_harm_victims_are_not_hedged(nlp, text, figure, expected):
    assert _hedged(nlp, text)[figure] is expected
