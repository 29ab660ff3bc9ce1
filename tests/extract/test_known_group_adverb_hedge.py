"""A hedge adverb on what a known group did ("the two men likely knew each other", "the 12
victims were apparently chosen at random") weighs what is said of the group, not how many
they are: the figure is not hedged (gold README, hedged; docs/gold-conventions.md, a definite
figure a hedged clause takes as known). A harm done to them stays hedged, and so does an
indefinite figure (session 61, cav61)."""

from __future__ import annotations

import pytest

from factcheck.model import Caveat
from tests.conftest import claims_of


def _hedged(nlp, text: str) -> dict[str, bool]:
    return {c.text: any(m.kind is Caveat.HEDGED for m in c.caveats) for c in claims_of(nlp, text)}


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("Deputies said the two brothers likely knew the driver.", "two", False),
        ("The 14 patients were apparently chosen at random.", "14", False),
        ("The two were reportedly shot in the back.", "two", True),
        ("Three men reportedly robbed the pharmacy.", "Three", True),
    ],
)
def test_an_adverb_on_a_known_groups_act_does_not_hedge_its_count(nlp, text, figure, expected):
    assert _hedged(nlp, text)[figure] is expected
