""" "killing at least 14 people in a toll officials said was likely to rise", "At least 14 people
were killed, the agency said, a toll officials expect to rise": the warning stands in a phrase
on "a toll" that restates the counts of the dead its sentence has just given. Pure.

Gold README, preliminary ("expected to rise"), and "Caveat scope" (a caveat attaches to the
figures it refers to). The phrase on "a toll" is its sentence's own toll, and the parse often
loses the toll noun ("a toll officials" read as one noun), so no figure noun is found on the
cue's clause: the phrase is read on the text, and its figures are the sentence's counts of the
dead before it, not a part of them ("including 97 children") nor the injured (tests/wireg g_1,
tests/wire2q q_1 golds: the lede's 14 preliminary; session 72).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factcheck.extract.caveats.caveat_cues import Cue
from factcheck.extract.caveats.overall_tolls import counts_the_dead, is_a_part
from factcheck.extract.doctext import doc_text
from factcheck.extract.lexicon import TOLL_APPOSITION_PATTERN
from factcheck.model import Caveat

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget

_TOLL_APPOSITION_RE = re.compile(TOLL_APPOSITION_PATTERN, re.IGNORECASE)


def apposed_toll_figures(cue: Cue, figures: Sequence[CaveatTarget]) -> list[int] | None:
    """Indexes of the counts of the dead that a preliminary cue in a phrase on "a toll" restates;
    None when the cue ends no such phrase or its sentence gives no count of the dead before
    it."""
    if cue.kind is not Caveat.PRELIMINARY:
        return None
    sent = cue.token.sent
    cue_end = cue.token.idx + len(cue.token.text)
    text = doc_text(cue.token.doc)[sent.start_char : cue_end]
    phrase = next(
        (m for m in _TOLL_APPOSITION_RE.finditer(text) if sent.start_char + m.end() == cue_end),
        None,
    )
    if phrase is None:
        return None
    toll_at = sent.start_char + phrase.start()
    found = [
        i
        for i, f in enumerate(figures)
        if f.number.sent.start == sent.start
        and f.number.idx < toll_at
        and counts_the_dead(f)
        and not is_a_part(f.number)
    ]
    return found or None
