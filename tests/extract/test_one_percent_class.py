"""fp2 (session 45): "the 1 percent" (or "the 1%") with no ranking word names the rich as a
class, no claim, as "the top 1 percent" does (realgold30 gold: "defines the group (the 1%)",
realgold36: "idiom (the 1 percent, a social class)"); a share of something, of people the
clause sizes, or a modifier stays a claim. Invented texts.
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
        ("The senator says the economy is rigged for the 1%, and voters agree.", "1%"),
        ('"We need a tax code for all of us, not just the 1 percent!" she said.', "1 percent"),
        ("Everything keeps flowing to the 1%...That has to change, he said.", "1%"),
        ("They agree on trade, Wall Street, the 1%, and student debt.", "1%"),
    ],
)
def test_the_one_percent_as_a_class_is_no_claim(nlp, text, figure):
    assert figure not in _figures(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Support rose from the 1 percent who backed him in May to 9 percent.", "1 percent"),
        ("Only the 1 percent of voters who stayed home could change it.", "1 percent"),
        ("The 1 percent tax on sales would raise $3 billion a year.", "1 percent"),
    ],
)
def test_one_percent_as_a_share_stays_a_claim(nlp, text, figure):
    assert figure in _figures(nlp, text)
