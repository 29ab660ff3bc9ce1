"""A year cut to two digits after an apostrophe: "in '08", "what he did in ’08 and ’12",
"NYC ’90 shooting" (issue 11). Pure.

The gold README makes years and dates no claims; spaCy reads "’08" as the mark and a bare
number "08", which the numbers component took for a count of 8. The mark must stand alone
before the digits (glued to them, with a space or the sentence's start before it), so a
doubled quote mark ("''60 Minutes''") or a word's own apostrophe is not read as one; and the
mark must follow a word that takes a year ("in", "since", "of", "and" after another year,
"the", a name: "NYC ’90 shooting"), so a quotation that opens with a figure ("said: ‘20 people
came") is not read as one; nor a number that counts a plural noun after it.

The end of a span of years cut short after a full year is a year too: "the collapse of
2008-9", "the recession of 2001-2" (realgold31 gold: "year"); the hyphen glued on both sides.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from factcheck.extract.lexicon import SHORT_YEAR_BEFORE, SHORT_YEAR_MARKS
from factcheck.extract.year_numbers import is_year_number

_TWO_DIGITS_RE = re.compile(r"^\d\d$")
_SHORT_END_RE = re.compile(r"^\d{1,2}$")
_RATES = frozenset({"percent", "%", "per"})


def is_short_year(doc: Doc, start: int, end: int) -> bool:
    """True if the one-token number at ``start:end`` is a two-digit year after an apostrophe."""
    if end - start != 1 or start == 0 or not _TWO_DIGITS_RE.match(doc[start].text):
        return False
    mark = doc[start - 1]
    if mark.text not in SHORT_YEAR_MARKS or mark.whitespace_:
        return False
    if start < 2 or not doc[start - 2].whitespace_:
        return False  # "rock'n'roll'08", "''60": the mark is glued to what comes before
    before = doc[start - 2]
    if not (before.lower_ in SHORT_YEAR_BEFORE or before.pos_ == "PROPN"):
        return False
    after = doc[end] if end < len(doc) else None
    return not (after is not None and after.tag_ in ("NNS", "NNPS"))


def is_short_year_after_a_year(doc: Doc, start: int, end: int) -> bool:
    """True if the number at ``start:end`` is the "9" of "the collapse of 2008-9"."""
    if end - start != 1 or start < 2 or not _SHORT_END_RE.match(doc[start].text):
        return False
    dash, year = doc[start - 1], doc[start - 2]
    if dash.text not in ("-", "–") or dash.whitespace_ or year.whitespace_:
        return False
    if not is_year_number(year.text):
        return False
    after = doc[end] if end < len(doc) else None
    return not (after is not None and (after.tag_ in ("NNS", "NNPS") or after.lower_ in _RATES))
