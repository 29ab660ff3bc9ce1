"""Figures of a count still coming in: "Clinton led by roughly 20 points with over 95 percent
of precincts reporting" (gold README, preliminary: "initial count"; realgold12 gold).

The share of precincts reporting is the count's progress, not the count: it stays without the
caveat. When the cue's sentence holds no other figure ("With almost 100% of the precincts
reporting, the primary was down to the wire"), the count is the next sentence's ("Clinton led
by 212,205 to 210,424 votes").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import PARTIAL_RETURNS_PATTERNS

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget

PARTIAL_RETURNS_RE = re.compile("|".join(PARTIAL_RETURNS_PATTERNS), re.I)


def partial_returns_figures(
    doc: Doc, cue_token: Token, figures: Sequence[CaveatTarget]
) -> list[int]:
    """Indexes of the figures a partial-returns cue ("with 94 percent of precincts reporting")
    makes preliminary: the other figures of its sentence, else those of the next sentence."""
    sent = cue_token.sent
    inside = _cue_spans(sent.text, sent.start_char)
    same = [
        i
        for i, f in enumerate(figures)
        if f.number.sent.start == sent.start
        and not any(low <= f.number.idx < high for low, high in inside)
    ]
    if same or sent.end >= len(doc):
        return same
    following = doc[sent.end].sent
    return [i for i, f in enumerate(figures) if f.number.sent.start == following.start]


def _cue_spans(text: str, offset: int) -> list[tuple[int, int]]:
    return [(offset + m.start(), offset + m.end()) for m in PARTIAL_RETURNS_RE.finditer(text)]
