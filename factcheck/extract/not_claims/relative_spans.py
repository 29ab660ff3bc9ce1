"""A span of time a relative clause is about is a duration, not a scoping period (issue 11).
Pure.

Gold README, "Multipliers and spans of time": a span is a claim when it asserts something
checkable. "In the seven years I've been covering him", "the six years his family had lived
in Las Vegas", "the 64 years that pollsters have been measuring": the clause on the span says
how long something went on, so the span is what is asserted (docs/gold-conventions.md "Spans
of time": how long something lasted), not "the past two years" that only scopes another
figure. realgold12's gold writes "the seven years I've been covering" as a claim.

The parse often hangs the clause on a noun before the span, so the clause is read from the
surface and checked in the parse: right after the unit (or after "that"/"when") starts the
subject of a verb the parser calls a relative clause. Not "the two years that followed" (the
span is the clause's own subject), not "Over the last five days he has begun" (the main
clause's subject).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import RELATIVE_SPAN_OPENERS

_SUBJECT_MODIFIERS = ("det", "poss", "amod", "compound", "nummod")


def is_span_of_a_clause(doc: Doc, unit: int) -> bool:
    """True if the time unit at token ``unit`` is followed by a relative clause with a
    subject of its own ("the 10 years she served on the board")."""
    at = unit + 1
    if at < len(doc) and doc[at].lower_ in RELATIVE_SPAN_OPENERS and doc[at].dep_ != "nsubj":
        at += 1
    if at >= len(doc) or doc[at].sent != doc[unit].sent:
        return False
    subject = doc[at]
    while subject.dep_ in _SUBJECT_MODIFIERS and subject.head.i > subject.i:
        subject = subject.head  # "the six years his family had lived": the subject's head
    verb = subject.head
    return (
        subject.dep_ in ("nsubj", "nsubjpass")
        and subject.left_edge.i == at
        and subject.lower_ not in RELATIVE_SPAN_OPENERS
        and verb.i > subject.i
        and verb.dep_ == "relcl"
    )
