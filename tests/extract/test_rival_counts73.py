"""Rival counts (session 73): two sources' different figures for one thing, set against each
other with no word of dispute, dispute neither figure (docs/gold-conventions.md, "Rival
counts"); a word of dispute still disputes the figure it names.

Invented sentences.
"""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.model import Caveat


def disputed(nlp, text: str) -> list[str]:
    claims = extract_claims(nlp(text), doc_name="t").claims
    return [c.text for c in claims if any(m.kind is Caveat.DISPUTED for m in c.caveats)]


@pytest.mark.parametrize(
    "text",
    [
        "The coast guard said 28 sailors were rescued, while the navy said 35 sailors were rescued.",
        "The union said 900 dockers joined the strike, whereas the port authority counted 610 dockers.",
        "Organisers said 52,000 people marched on Saturday. Police put the crowd at 9,000.",
        "The ministry said 17 miners died in the blast. The regional hospital gave a higher toll "
        "of 23 miners dead.",
    ],
)
def test_rival_counts_without_a_word_of_dispute_dispute_neither(nlp, text):
    assert disputed(nlp, text) == []


def test_a_figure_rejected_by_name_is_still_disputed(nlp):
    text = (
        "The rebels said 60 soldiers were killed in the ambush. The army rejected the figure, "
        "saying 11 soldiers had died."
    )
    assert "60" in disputed(nlp, text)
