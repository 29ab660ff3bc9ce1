"""A figure one source gives and others reject in a reduced relative ("Reyes said 3 million jobs
were lost, a figure economists rejected") is disputed (gold README, disputed: "disputed",
"denied", "rejected the figure"), however the parse hangs the speaker's clause under the
dispute verb. A disputer's own counter-figure ("rejected that figure, saying fewer than 100
were held", "denied the report, and its spokesman said 12 died") is not."""

from __future__ import annotations

import pytest

from factcheck.model import Caveat
from tests.conftest import claims_of


def _disputed(nlp, text: str) -> dict[str, bool]:
    return {c.text: any(m.kind is Caveat.DISPUTED for m in c.caveats) for c in claims_of(nlp, text)}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Reyes said 3 million jobs were lost, a figure economists rejected.", "3 million"),
        ("Reyes said 3 million jobs were lost, a claim economists disputed.", "3 million"),
        ("Reyes said 3 million jobs were lost, a number economists disputed.", "3 million"),
        ("The Ruiz campaign disputed the poll, which showed her trailing by 9 points.", "9 points"),
    ],
)
def test_a_figure_others_reject_is_disputed(nlp, text, figure):
    assert _disputed(nlp, text)[figure] is True


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Officials rejected that figure, saying fewer than 100 were held.", "fewer than 100"),
        ("The ministry denied the report, and its spokesman said only 12 people died.", "12"),
        ("Police rejected the claims; the chief said 15 officers were hurt.", "15"),
    ],
)
def test_the_disputer_s_own_count_is_not_disputed(nlp, text, figure):
    assert _disputed(nlp, text)[figure] is False
