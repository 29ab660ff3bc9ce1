"""A speaker's "maybe"/"perhaps" right before a figure is a guess at its size: hedged (session 68).

Gold README, "hedged"; docs/gold-conventions.md "Forecasts and beliefs" (d); tests/wiree,
wireo, wirew, wirex, wirey gold (tests/wirea's writer read it as approximate only and noted a
reader could add hedged). Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

HEDGED = "hedged"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ('"People were packed in everywhere, maybe 300 in our carriage alone," she said.', "300"),
        ('"I was trapped for maybe 15 minutes," Juma said.', "15"),
        ('"I was under maybe three or four people," Juma said.', "three"),
        ('"The official tally has missed perhaps three out of four deaths," Ortiz said.',
         "three"),
        ('"Kyiv is getting maybe $8 to $12 a tonne less," Mira Costa said.', "$8"),
    ],
)  # fmt: skip
def test_maybe_or_perhaps_right_before_a_figure_hedges_it(nlp, text, figure):
    assert HEDGED in kinds_of(nlp, text, figure)


def test_perhaps_weighing_the_writers_judgment_hedges_no_figure(nlp):
    text = "Most striking, perhaps, is that Costa led by 12 points in the capital, Ortiz said."
    assert HEDGED not in kinds_of(nlp, text, "12")
