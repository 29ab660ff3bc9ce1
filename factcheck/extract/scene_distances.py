"""Distances that only place a scene, beyond "two blocks away" (docs/gold-conventions.md,
"Distances"). Pure.

- a unit glossed in brackets before its placing word: "some 50 meters (yards) away from";
- "apart": "the shootings were about a block apart".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    DISTANCE_APART_WORDS,
    PLACING_WORDS,
)


def after_gloss(doc: Doc, unit: int) -> Token | None:
    """The word after a distance's unit, past a bracketed gloss ("50 meters (yards) away")."""
    nxt = unit + 1
    if nxt < len(doc) and doc[nxt].text == "(":
        close = next((t.i for t in doc[nxt : min(nxt + 5, len(doc))] if t.text == ")"), None)
        if close is None:
            return None
        nxt = close + 1
    return doc[nxt] if nxt < len(doc) else None


def places_by_gloss_or_apart(doc: Doc, unit: int) -> bool:
    """ "some 50 meters (yards) away", "about a block apart"."""
    after = after_gloss(doc, unit)
    if after is None:
        return False
    if after.lower_ in DISTANCE_APART_WORDS:
        return True
    return doc[unit + 1].text == "(" and after.lower_ in PLACING_WORDS
