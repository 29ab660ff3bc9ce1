"""A span of time before "since" is a gap or a window, not a placing (issue 11). Pure.

docs/gold-conventions.md "Spans of time before or after an event": a span is a claim when it
is the window a figure is measured over ("sold 2,000 tickets in the 48 hours since") or the
gap since the last or first of something ("it has been five months since the board approved
a budget"). "Since" was read like "after" (a placing, "date"), and "the 72 hours since" as a
period scoping another figure; the tuning golds write both as claims (realgold8 "It's been two
months since Republicans confirmed a judge", realgold14 "in the 72 hours since the scandal
erupted").
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import GAP_WORDS


def is_span_since(doc: Doc, unit: int) -> bool:
    """True if the time unit at token ``unit`` is followed by "since" ("two months since")."""
    return unit + 1 < len(doc) and doc[unit + 1].lower_ in GAP_WORDS
