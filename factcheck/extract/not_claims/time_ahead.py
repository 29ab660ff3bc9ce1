"""A span of time ahead of an event: "two months away", "six months from now" (issue 11). Pure.

"Three days ago" and "eight months later" place an event in time and are not claims
(docs/gold-conventions.md "Spans of time before or after an event"); "the caucuses are more
than two months away", "with the election seven months away" and "two or three months from
now" do the same looking forward, and so does "until" after a span that "with" opens ("With
just one day until the primary, ...", "with the debate Sunday and two days until the vote").
A span that is itself asserted ("held for six months", "lasted six weeks until the ruling") has
none of these.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import TIME_AHEAD_PAIRS, TIME_AHEAD_UNTIL, TIME_AHEAD_WORDS

# how a span hangs on the "with" that opens it: its object, or a conjunct of the object or
# of a phrase inside it ("With the debate on Sunday and one day until ...")
_WITH_PATH_DEPS = frozenset({"conj", "npadvmod", "appos", "pobj", "prep"})
_WITH_REACH = 6
# a preposition that makes the span how long something went on ("worked with the panel for two
# years until it disbanded"): never on the way to "with"
_LASTING_PREPS = frozenset({"for", "over", "during", "throughout", "within", "in"})


def is_time_ahead(doc: Doc, unit: int) -> bool:
    """True if the time unit at token ``unit`` is followed by "away" or "from now"."""
    after = [t.lower_ for t in doc[unit + 1 : unit + 3]]
    if not after:
        return False
    if after[0] in TIME_AHEAD_WORDS:
        return True
    if after[0] in TIME_AHEAD_UNTIL and _opened_by_with(doc[unit]):
        return True
    return len(after) == 2 and (after[0], after[1]) in TIME_AHEAD_PAIRS


def _opened_by_with(unit: Token) -> bool:
    """ "With just one day until ...": the unit is the object of "with" (or its conjunct)."""
    token = unit
    for _ in range(_WITH_REACH):
        if token.dep_ == "pobj" and token.head.lower_ == "with":
            return True
        if token.dep_ not in _WITH_PATH_DEPS or token.head is token:
            return False
        if token.dep_ == "pobj" and token.head.lower_ in _LASTING_PREPS:
            return False
        token = token.head
    return False
