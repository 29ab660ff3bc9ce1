"""A span of time ahead of an event: "two months away", "six months from now" (issue 11). Pure.

"Three days ago" and "eight months later" place an event in time and are not claims
(docs/gold-conventions.md "Spans of time before or after an event"); "the caucuses are more
than two months away", "with the election seven months away" and "two or three months from
now" do the same looking forward. A span that is itself asserted ("held for six months") has
neither word after its unit.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import TIME_AHEAD_PAIRS, TIME_AHEAD_WORDS, TIME_REMAINING_WORDS

# how far before the span's number "with" may stand ("with just about two weeks to go")
_WITH_REACH = 3


def is_time_ahead(doc: Doc, unit: int) -> bool:
    """True if the time unit at token ``unit`` is followed by "away" or "from now", or stands
    after "with" before "to go" or "left".
    """
    after = [t.lower_ for t in doc[unit + 1 : unit + 3]]
    if not after:
        return False
    if after[0] in TIME_AHEAD_WORDS:
        return True
    if len(after) == 2 and (after[0], after[1]) in TIME_AHEAD_PAIRS:
        return True
    remains = after[0] in TIME_REMAINING_WORDS or after[:2] == ["to", "go"]
    return remains and _after_with(doc, unit)


def _after_with(doc: Doc, unit: int) -> bool:
    """ "with two weeks to go", "With just 10 minutes left": "with" opens the span's phrase."""
    number = doc[unit].left_edge.i if doc[unit].left_edge.i < unit else unit - 1
    for token in doc[max(number - _WITH_REACH, doc[unit].sent.start) : unit]:
        if token.lower_ == "with":
            return True
    return False
