"""A first report the text says was wrong is disputed, not preliminary.

Gold README, `disputed` ("someone contests the figure") against `preliminary` ("the figure may
change"): "The mayor's office says an initial report that a second victim had died was
incorrect" (realgold14 gold: disputed, no preliminary), "Earlier information indicated a
2-year-old child ... was wounded, but that information was incorrect" (realgold10 gold:
disputed only), two local crime reports from different newsrooms. A report said to be wrong is
no count that may still change: the correction contests it. An initial report a later count
revises with no word of error stays preliminary ("In initial reports, police announced that two
people had been killed ..., but two more people have since died", realgold14 gold).
"""

from __future__ import annotations

import re

from factcheck.extract.lexicon import CORRECTION_PATTERNS, EARLIER_REPORT_CUE_PATTERN
from factcheck.model import Caveat, CaveatMention

_CORRECTION_RE = re.compile("|".join(CORRECTION_PATTERNS), re.I)
_EARLIER_REPORT_RE = re.compile(EARLIER_REPORT_CUE_PATTERN, re.I)


def drop_corrected_reports(found: list[dict[Caveat, CaveatMention]]) -> None:
    """Drop `preliminary` from a figure of an earlier report that a correction disputes."""
    for caveats in found:
        disputed = caveats.get(Caveat.DISPUTED)
        preliminary = caveats.get(Caveat.PRELIMINARY)
        if disputed is None or preliminary is None:
            continue
        if _CORRECTION_RE.search(disputed.text) and _EARLIER_REPORT_RE.search(preliminary.text):
            del caveats[Caveat.PRELIMINARY]
