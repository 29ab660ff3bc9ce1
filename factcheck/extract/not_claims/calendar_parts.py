"""A part of a calendar period: "the last three months of 2015", "the first half of 2015",
"the second half of the year", "during the first half" (issue 11). Pure.

A span of time picked out by its place in a named year or season only places another figure
in time (gold README, "Multipliers and spans of time": not when they only place an event in
time; realgold3, realgold12, realgold19 golds: "span that places an event in time", "date").
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import (
    CALENDAR_HALF_PLACERS,
    CALENDAR_PART_FRACTIONS,
    CALENDAR_PART_PLACES,
    CALENDAR_WHOLE_DETERMINERS,
    CALENDAR_WHOLES,
    MONTHS,
    TIME_UNITS,
)
from factcheck.extract.year_numbers import is_year_number


def is_calendar_part(doc: Doc, start: int, end: int) -> bool:
    """True if tokens ``start:end`` are the number of "the last three months of 2015" or the
    "half" of "the first half of the year" (not "three months of talks", "half of 2015's
    donors", "the last three months" with no year after)."""
    if end - start != 1 or start < 2 or end >= len(doc):
        return False
    if doc[start - 1].lower_ not in CALENDAR_PART_PLACES or doc[start - 2].lower_ != "the":
        return False
    of = end
    if doc[start].lower_ not in CALENDAR_PART_FRACTIONS:
        if doc[end].lemma_.lower() not in TIME_UNITS:
            return False
        of = end + 1
    if doc[start].lower_ == "half" and (of >= len(doc) or doc[of].lower_ != "of"):
        # "during the first half", "in the second half.": a half placing an event in time
        return start >= 3 and doc[start - 3].lower_ in CALENDAR_HALF_PLACERS
    if of + 1 >= len(doc) or doc[of].lower_ != "of":
        return False
    return _names_a_calendar_whole(doc, of + 1)


def _names_a_calendar_whole(doc: Doc, i: int) -> bool:
    """ "2015", "the year", "this year", "the fiscal year", "March": a year, season or month."""
    while i < len(doc) and doc[i].lower_ in CALENDAR_WHOLE_DETERMINERS:
        i += 1
    if i >= len(doc):
        return False
    word = doc[i]
    if is_year_number(word.text, first=1500) or word.lower_.rstrip(".") in MONTHS:
        return True
    return word.lemma_.lower() in CALENDAR_WHOLES and word.pos_ == "NOUN"
