"""The "of" phrase of an event noun that a time expression separates from it. Pure.

Gold README "Implied counts": "the fatal shooting of a man" = 1 killed, "the killing of his
wife and son" = 2 killed (``casualty_nouns.nominal_event``). News writes the time between the
event and its victims ("the shooting deaths last week of his wife and son", "the fatal shootings
Saturday of a rapper and a student", "the killing early Sunday of a woman"), and the parse then
hangs the time on the verb and the "of" phrase after it, so the victims are lost. The "of" is
the event's when only words of a date or time stand between the event noun's phrase and it.
"""

from __future__ import annotations

from spacy.tokens import Token

# Entity labels of the words that may stand between the event and its "of" ("last week",
# "Saturday", "early Sunday morning", "Tuesday night").
_TIME_LABELS = frozenset({"DATE", "TIME"})


def displaced_of(event: Token) -> Token | None:
    """The "of" preposition that belongs to the event noun ``event`` across a time expression,
    or None: the next token after the event's phrase and the time words between."""
    doc = event.doc
    i = event.right_edge.i + 1
    start = i
    while i < len(doc) and doc[i].ent_type_ in _TIME_LABELS and doc[i].sent == event.sent:
        i += 1
    if i == start or i >= len(doc):
        return None  # no time between: an "of" right after the noun is the parse's own
    prep = doc[i]
    if prep.lower_ != "of" or prep.dep_ != "prep" or prep.head == event:
        return None
    # the parse hangs it on the verb or the time word, never inside another noun's phrase
    if prep.head.i > event.i and prep.head.i < start:
        return None
    return prep
