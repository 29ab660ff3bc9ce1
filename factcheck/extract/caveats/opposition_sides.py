"""The opposition speaking of its own contest with the government: partisan_source.

Gold README, partisan_source: "the source is a party to the matter". The opposition ("the
opposition Unitary Platform", "Opposition lawmaker Gabriela Chávez", "opposition lawmakers") is
a party to a vote and its tally, to an election, to a crackdown on its own activists and to its
own rallies, as a candidate is to the race it runs in (docs/gold-conventions.md, "Candidates and
campaigns as a partisan source"). Four writers mark such figures partisan (tests/wire2a a_4, the
opposition's crowd count; tests/wire2e e_4, its poll watchers; tests/wire2m m_4, its head count
of a vote; tests/wire2o o_4, its activists detained and its tally sheets). On a third matter it
is no party: "Opposition lawmakers said that was fewer than one in 30 arrivals" (tests/wirem
m_2), "fewer than half of the deaths had been certified" (tests/wire2n n_1 gold: not partisan).
The matter is read from the figure's sentence (``OPPOSITION_MATTER_LEMMAS``). Not "an
opposition-held town" (a place a side holds: the run-by patterns).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.extract.lexicon import OPPOSITION_MATTER_LEMMAS

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget

_OPPOSITION_RE = re.compile(r"(?<![\w-])opposition(?![\w-])", re.I)


def opposition_side(figure: CaveatTarget) -> str | None:
    """The word that makes the source the opposition speaking on its own contest, or None."""
    match = _OPPOSITION_RE.search(figure.source.text)
    if match is None:
        return None
    lemmas = {t.lemma_.lower() for t in figure.number.sent}
    return match.group(0) if lemmas & OPPOSITION_MATTER_LEMMAS else None
