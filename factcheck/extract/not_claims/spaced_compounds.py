""" "a ten year veteran", "a six hour flight", "his 25 year-old son": a compound descriptor or
an age written without its first hyphen. Pure.

docs/gold-conventions.md, "Compound descriptors": a number fused with a noun into a modifier
("a 12-hour hearing", "a 15-year career") is not a claim, and ages ("a 34-year-old") stay age
descriptors. Papers often drop the hyphen: the unit then stays singular after a number above
one ("ten year veteran", realgold4 gold "compound descriptor"; "25 year-old son", realgold35
gold "age descriptor"), which a span ("ten years") never does. Only a time unit with a noun
after it (or "-old"): not "1 year of probation" (one unit is singular anyway), not "four
second-degree counts" ("second" is an ordinal there, so it is not read as a unit), not "a 50
year low" (a record span stays a claim; ``record_spans.py`` reads the hyphenated "50-year low").
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import RECORD_SPAN_NOUNS, SPACED_COMPOUND_UNITS
from factcheck.extract.mentions.quantities import is_numeral, is_spelled_number


def spaced_compound_why(doc: Doc, start: int, end: int) -> str:
    """ "age" or "compound descriptor" if the number at tokens ``start:end`` (its unit taken in
    or not) opens a compound written without its first hyphen, else ''."""
    unit_at = end - 1 if doc[end - 1].lower_ in SPACED_COMPOUND_UNITS else end
    number_at = unit_at - 1
    if (
        number_at < start
        or unit_at + 1 >= len(doc)
        or doc[unit_at].lower_ not in SPACED_COMPOUND_UNITS
    ):
        return ""
    number, unit, after = doc[number_at], doc[unit_at], doc[unit_at + 1]
    if not (is_numeral(number) or is_spelled_number(number)) or not number.whitespace_:
        return ""
    if number.lower_ in ("1", "one"):
        return ""  # "1 year of probation": one unit is singular anyway
    if after.text in ("-", "–") and not unit.whitespace_ and not after.whitespace_:
        old = doc[unit_at + 2] if unit_at + 2 < len(doc) else None
        return "age" if old is not None and old.lower_ == "old" else ""
    if unit.whitespace_ and after.pos_ == "NOUN" and after.lower_ not in RECORD_SPAN_NOUNS:
        return "compound descriptor"  # "a ten year veteran", "a six hour flight"
    return ""
