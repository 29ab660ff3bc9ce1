"""Spans of time placed by words the dates rules do not read after a unit: "Seven decades on,
the town still mourns", "About five years back, the rules changed" (gold README: spans of time
are not claims "when they only place an event in time"; docs/gold-conventions.md "Spans of time
before or after an event"). Pure.

"N years on" and "N years back" are "N years later" and "N years ago": they place the moment
the sentence speaks of against another and assert no length. Only where the word closes the
phrase (a comma, a full stop or the sentence's end after it, and no object of its own): "two
weeks on the road", "three days on a hunger strike" say where the span was spent.

Evidence: helper clm63 judged "Seven decades on" (twice in one article) a span placing an event
on unannotated pool articles; session 63 brief (time placers: 9 held out, 11 check, 8 tuning).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import SPAN_CLOSING_PLACERS


def is_closing_placer(doc: Doc, unit: int) -> bool:
    """True if the time unit at ``unit`` is followed by an "on" or "back" that closes the phrase
    ("Seven decades on,")."""
    at = unit + 1
    if at >= len(doc) or doc[at].lower_ not in SPAN_CLOSING_PLACERS:
        return False
    if any(child.dep_ == "pobj" for child in doc[at].children):
        return False  # "two weeks on the road"
    after = doc[at + 1] if at + 1 < len(doc) else None
    return after is None or after.is_punct or after.is_space
