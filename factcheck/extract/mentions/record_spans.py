""" "a 50-year low", "a 13-year high", "four-decade lows": a span of time glued to the noun of a
record is the stretch the record holds over, a claim (gold README, "Multipliers and spans of
time": a span is a claim when it asserts something checkable, "the slowest rate in 13 years";
realgold36 gold "inflation has fallen to 50-year lows", value 50, unit year). Pure.

docs/gold-conventions.md, "Compound descriptors", makes a number fused with a noun a
descriptor ("a 15-year career", "a 40-year decline"); the record compound is the same
assertion as "the lowest in 50 years" written before its noun, so it is read as that span,
not as a descriptor. Only a bare record noun: not "a 10-year high school reunion", "a 30-year
high-yield bond" (the noun is part of another word).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import RECORD_SPAN_NOUNS, TIME_UNITS


def record_span_end(doc: Doc, end: int) -> int:
    """The end of the time unit of "a 50-year low" after a number ending at token ``end``,
    or 0."""
    if end + 2 >= len(doc) or doc[end - 1].whitespace_:
        return 0
    hyphen, unit, noun = doc[end], doc[end + 1], doc[end + 2]
    if hyphen.text not in ("-", "–") or hyphen.whitespace_ or unit.lower_ not in TIME_UNITS:
        return 0
    if noun.lower_ not in RECORD_SPAN_NOUNS or not unit.whitespace_:
        return 0
    after = doc[end + 3] if end + 3 < len(doc) else None
    if after is not None and (
        not noun.whitespace_ and after.text in ("-", "–") or after.pos_ in ("NOUN", "PROPN")
    ):
        return 0  # "a 30-year high-yield bond", "a 10-year high school reunion"
    return end + 2


def is_record_span(doc: Doc, start: int, end: int) -> bool:
    """True if tokens ``start:end`` are the number of "a 50-year low", with or without its
    unit ("50" or "50-year")."""
    if record_span_end(doc, end):
        return True
    return end - start >= 3 and record_span_end(doc, end - 2) == end
