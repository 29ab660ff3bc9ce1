"""A span of time ahead of an event: "two months away", "six months from now" (issue 11). Pure.

"Three days ago" and "eight months later" place an event in time and are not claims
(docs/gold-conventions.md "Spans of time before or after an event"); "the caucuses are more
than two months away", "with the election seven months away" and "two or three months from
now" do the same looking forward. A span that is itself asserted ("held for six months") has
neither word after its unit.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import TIME_AHEAD_PAIRS, TIME_AHEAD_WORDS


def is_time_ahead(doc: Doc, unit: int) -> bool:
    """True if the time unit at token ``unit`` is followed by "away" or "from now"."""
    after = [t.lower_ for t in doc[unit + 1 : unit + 3]]
    if not after:
        return False
    if after[0] in TIME_AHEAD_WORDS:
        return True
    return len(after) == 2 and (after[0], after[1]) in TIME_AHEAD_PAIRS
