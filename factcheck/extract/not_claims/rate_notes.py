"""An exchange-rate note: "($1 = 942.50 Chilean pesos)", the line a wire story ends with to give
the rate its conversions were made at. Pure.

Neither side of the note is a claim: it states no figure of the story, only the rate the desk
converted at (tests/wiref and tests/wirey golds, two writers: "$1" and "4.0480 zlotys" not claims,
"exchange rate note for the conversions"). No allowed corpus article holds one (session 68).
"""

from __future__ import annotations

from spacy.tokens import Doc

# How many tokens a note's brackets may hold: "( $ 1 = 942.50 Chilean pesos )" has eight.
_NOTE_REACH = 10


def is_rate_note(doc: Doc, start: int, end: int) -> bool:
    """True if the figure at tokens ``start:end`` is a side of a bracketed "X = Y" note."""
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
    return sum(t.text == "=" for t in doc[opening + 1 : closing]) == 1
