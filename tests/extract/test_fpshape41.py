"""fpshape (session 41): a share that names a group by its rank ("the top 1 percent", "the bottom
40 percent of earners"; realgold5, realgold24 golds: descriptors) is no claim, kept when set off
by commas after the people it sizes (realgold14 gold: a claim). Invented texts.
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


def _figures(nlp, text: str) -> list[str]:
    """The claim texts of ``text``, implied counts left out (the scorer leaves them out)."""
    return [c.text for c in claims_of(nlp, text) if not c.implied]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Most of the new wealth has gone to the top 1 percent, the senator said.", "1 percent"),
        ("The plan would raise take-home pay for the bottom 40 percent of earners.", "40 percent"),
        ("The income of the richest 1 percent grew faster than anyone's.", "1 percent"),
        ("The tax cut mostly helps the wealthiest 5 percent, the study found.", "5 percent"),
        ("Benefits for the poorest 20 percent would be cut, critics warned.", "20 percent"),
    ],
)
def test_share_naming_a_group_by_rank_is_no_claim(nlp, text, figure):
    assert figure not in _figures(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Those earning over $500,000, the richest 2 percent, would pay more.", "2 percent"),
        ("The top earners pay 40 percent of all income taxes, the report said.", "40 percent"),
        ("Turnout rose 3 percent in the top counties.", "3 percent"),
        ("The index posted the biggest 5 percent gain in a decade.", "5 percent"),
        ("Shares had the largest 12 percent drop since 2008.", "12 percent"),
    ],
)
def test_share_sizing_a_named_group_stays_a_claim(nlp, text, figure):
    assert figure in _figures(nlp, text)
