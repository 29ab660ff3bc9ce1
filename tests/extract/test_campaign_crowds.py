"""A campaign's own count of its crowd is partisan: a candidate's staff saying how many came to
its rally (docs/gold-conventions.md "Candidates and campaigns as a partisan source" (a):
"crowds"). Not a crowd at another event, nor a crowd the campaign only hopes for."""

from __future__ import annotations

import pytest

from factcheck.model import Caveat
from tests.conftest import claims_of

RACE = (
    "Democratic presidential candidate Ana Ortiz campaigned in Iowa on Monday, as did her "
    "rival, presidential candidate Ben Lee. "
)


def _partisan(nlp, text: str) -> dict[str, bool]:
    return {
        c.text: any(m.kind is Caveat.PARTISAN_SOURCE for m in c.caveats)
        for c in claims_of(nlp, RACE + text)
    }


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A Lee spokesman said 20,000 people attended the rally.", "20,000"),
        (
            "An Ortiz aide said more than 5,000 supporters turned out in Des Moines.",
            "more than 5,000",
        ),
        ("Lee aides said the rally drew 12,000 people.", "12,000"),
    ],
)
def test_a_campaign_s_count_of_its_crowd_is_partisan(nlp, text, figure):
    assert _partisan(nlp, text)[figure] is True


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A Lee spokesman said 300 people attended the funeral.", "300"),
        ("Lee aides said they could draw 50,000 people in Portland.", "50,000"),
    ],
)
def test_another_event_or_a_hoped_for_crowd_is_not(nlp, text, figure):
    assert _partisan(nlp, text)[figure] is False
