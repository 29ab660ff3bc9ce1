"""A hedge does not reach into a contrasting "while"/"whereas" clause with a subject of its own:
"The campaign claimed 25,000 at the rally, while police put the crowd at 8,000" hedges the
claim's figure, not the other side's (gold README, hedged: "the figure is a belief, estimate or
allegation"). A "while" clause without a subject shares the hedged act."""

from __future__ import annotations

import pytest

from factcheck.model import Caveat
from tests.conftest import claims_of


def _hedged(nlp, text: str) -> dict[str, bool]:
    return {c.text: any(m.kind is Caveat.HEDGED for m in c.caveats) for c in claims_of(nlp, text)}


@pytest.mark.parametrize(
    ("text", "claimed", "other"),
    [
        (
            "The Ortiz campaign claimed 25,000 supporters at the rally, while police put the "
            "crowd at 8,000.",
            "25,000",
            "8,000",
        ),
        (
            "The union claimed 4,000 members walked out, whereas the company counted 900.",
            "4,000",
            "900",
        ),
        (
            "Organizers allegedly inflated the count to 12,000, while the fire marshal put it "
            "at 5,000.",
            "12,000",
            "5,000",
        ),
    ],
)
def test_the_other_side_of_a_contrast_is_not_hedged(nlp, text, claimed, other):
    found = _hedged(nlp, text)
    assert found[claimed] is True
    assert found[other] is False


def test_a_while_clause_without_a_subject_shares_the_hedge(nlp):
    text = "The man allegedly waited in the car while holding a rifle and fired at two houses."
    assert _hedged(nlp, text)["two"] is True
