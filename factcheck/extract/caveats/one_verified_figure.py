"""A verification caveat that names one figure in the singular reaches that one figure. Pure.

Gold README, "Caveat scope": a caveat attaches to the figures it refers to. "Reuters could not
independently verify that figure", "Reuters could not confirm that number", "That estimate
could not be independently verified" name one figure: the one the sentence before reports, not
the share given beside it ("about 18,500 attempted crossings ..., roughly one in three of all
attempts": tests/wirem m_2 gold and README, "singular, so only on about 18,500"), nor the
figures of another sentence whose source shares a word with it ("A doctor at the hospital
said ... at least 14 bodies" after "Kenyatta National Hospital ... 64 people ..., nine of whom
had died": tests/wirel l_2 gold, the 14 only). The figure is the first of the nearest sentence the caveat reaches that is no span of
time, with its conversion in brackets. A span of time the figure was counted over keeps the
caveat as before: the golds differ on it (tests/wiree e_2: "in the previous three days" left
without; tests/wirek k_3: "in the past two months" with it), so no rule is written for either
side. A plural ("the figures", "those numbers") and "either figure" keep their reach; "the
figure of 300" names its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from factcheck.extract.caveats.figure_changes import converts
from factcheck.extract.lexicon import TIME_UNITS

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget


def one_verified_figure(indexes: Sequence[int], figures: Sequence[CaveatTarget]) -> list[int]:
    """Of the figures a singular "that figure" reached, the lead figure of the nearest sentence
    (the last one reached), with its conversion."""
    if not indexes:
        return []
    nearest = max(figures[i].number.sent.start for i in indexes)
    in_sentence = sorted(i for i in indexes if figures[i].number.sent.start == nearest)
    lead = next((i for i in in_sentence if not _span_of_time(figures[i])), in_sentence[0])
    kept = [lead]
    following = lead + 1
    if following in in_sentence and converts(figures[lead].number, figures[following].number):
        kept.append(following)
    # the span it was counted over is left as the sentence reading gave it: annotators differ
    # (e_2: "in the previous three days" not caveated; k_3: "in the past two months" caveated)
    kept += [i for i in in_sentence if i not in kept and _span_of_time(figures[i])]
    return sorted(kept)


def _span_of_time(figure: CaveatTarget) -> bool:
    return figure.unit.lower().rstrip("s") in TIME_UNITS
