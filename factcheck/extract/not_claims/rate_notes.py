"""An exchange-rate note: "($1 = 942.50 Chilean pesos)", the line a wire story ends with to give
the rate its conversions were made at. Pure.

The unit the note converts, its left side, is no claim: one dollar counts nothing (tests/wiref
and tests/wirey golds, two writers: "$1" not a claim, "unit of an exchange-rate note"). The rate
on the right is left a claim: the writers differ on it (wiref a claim, wirey a not-claim). No
allowed corpus article holds a note (session 68).
"""

from __future__ import annotations

from spacy.tokens import Doc

# How many tokens a note's brackets may hold: "( $ 1 = 942.50 Chilean pesos )" has eight.
_NOTE_REACH = 10


def is_rate_note(doc: Doc, start: int, end: int) -> bool:
    """True if the figure at tokens ``start:end`` is the unit a bracketed "X = Y" note converts
    (its left side)."""
    opening = next(
        (k for k in range(start - 1, max(start - _NOTE_REACH, -1), -1) if doc[k].text in "()"),
        None,
    )
    closing = next(
        (k for k in range(end, min(end + _NOTE_REACH, len(doc))) if doc[k].text in "()"),
        None,
    )
    if opening is None or closing is None:
        return False
    if doc[opening].text != "(" or doc[closing].text != ")":
        return False
    equals = [t.i for t in doc[opening + 1 : closing] if t.text == "="]
    return len(equals) == 1 and end <= equals[0]
