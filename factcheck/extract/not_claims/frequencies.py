"""A frequency: "twice a day", "twice a week", "three times a month". Pure.

A multiplier before "a"/"per" and a unit of time says how often something happens, a count
that is checkable (gold README, "Multipliers and spans of time"; tests/wirek "They fed us twice
a day" and tests/wirem "we could drive in twice a week" golds: claims, value 2). The parse
hangs such a "twice" on the time noun as a predeterminer, and the noun is read as a date
("a week", "a day"): neither a date nor a name, the multiplier is a claim of its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import MULTIPLIER_ADVERBS, PER_UNIT_WORDS, TIME_UNITS


def is_frequency(doc: Doc, start: int, end: int) -> bool:
    """True for "twice" (or "three times") at ``start:end`` right before "a"/"per" + a unit."""
    if end - start > 2 or end + 1 >= len(doc) or doc[end - 1].lower_ not in MULTIPLIER_ADVERBS:
        return False
    return doc[end].lower_ in PER_UNIT_WORDS and doc[end + 1].lemma_.lower() in TIME_UNITS


def frequency_verb(token: Token) -> Token | None:
    """The verb a frequency "twice" (hung on its time noun) counts: "fed us twice a day" ->
    fed; None for any other token."""
    doc = token.doc
    if not is_frequency(doc, token.i, token.i + 1) or token.dep_ not in ("predet", "nummod"):
        return None
    unit = token.head
    verb = unit.head if unit.lemma_.lower() in TIME_UNITS else None
    return verb if verb is not None and verb.pos_ == "VERB" else None
