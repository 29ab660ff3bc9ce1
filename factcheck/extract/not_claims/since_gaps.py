"""A span before "ago" or "before" that dates the event a record is counted from: "its lowest
level since the recession began eight years ago", "the first time since the strike 20 years
ago", "No Republican has carried the state since 1988, 28 years ago" (session 55, branch
notclaim55). Pure.

The gold README makes a span a claim when it asserts something checkable, "the slowest rate in
13 years", "the first death in a decade", and not when it only places an event ("nearly two
years ago"). "Its lowest level since the inauguration of Richard Nixon 30 years before"
(realgold24 gold: a claim) says "its lowest in 30 years": the span measures the gap a record or
a first is counted over, as ``last_gaps`` reads "the last strike came 25 years ago". Read where
"since" opens the phrase that holds the span, in the same clause, and a superlative ("lowest",
"most"), "first" or "only" stands just before "since", or the clause is negated ("has not won
since", "No Republican has carried"). "Problems have piled up since the law took effect two
years ago" stays a placing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import RECORD_SINCE_WORDS, SINCE_NEGATIONS

# how far "since" may stand before the span, and a record word before "since"
_SINCE_REACH = 12
_RECORD_REACH = 5
# what ends the clause "since" opens: a span past these is in another clause
_CLAUSE_BREAKS = frozenset({";", ":", "(", ")", "—", "--"})


def is_gap_since_a_record(doc: Doc, unit: int) -> bool:
    """True if the time unit at token ``unit`` (before "ago" or "before") dates the event that
    a record, a first or a negated "since" is counted from."""
    since = _since_before(doc, unit)
    if since is None:
        return False
    sent = doc[unit].sent
    before = doc[max(sent.start, since.i - _RECORD_REACH) : since.i]
    if any(_is_record_word(t) for t in before):
        return True  # "its lowest level since", "the first time since", "the most since"
    return any(t.lower_ in SINCE_NEGATIONS for t in doc[sent.start : since.i])


def _since_before(doc: Doc, unit: int) -> Token | None:
    """The "since" that opens the span's phrase, within a few words and the same clause."""
    sent_start = doc[unit].sent.start
    for token in reversed(doc[max(sent_start, unit - _SINCE_REACH) : unit]):
        if token.lower_ == "since":
            return token
        if token.text in _CLAUSE_BREAKS or token.is_space:
            return None
    return None


def _is_record_word(token: Token) -> bool:
    """ "lowest", "best", "most", "first", "only"."""
    return token.tag_ in ("JJS", "RBS") or token.lower_ in RECORD_SINCE_WORDS
