"""A whole known by its number of parts: "the five boroughs" (New York City), "the 50 states"
(the United States) (session 46, branch fp4). Pure.

"800 shootings had been reported in the five boroughs", "a cynical view of the 50 states in
this country": the phrase names a place, as "the Group of 20" names a club; the article counts
nothing with it (gold README: numbers inside names are not claims; realgold8, realgold32 golds:
"part of a name (the five boroughs)", realgold31: "set name (the 50 states), not a figure
asserted"). Only with "the" right before: "in all 50 states" and "in five states" count; and
not as the whole of a share ("won 37 of the 50 states" gives the share's base).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import SET_NAMES
from factcheck.extract.mentions.quantities import is_numeral, is_spelled_number


def is_set_name(doc: Doc, start: int, end: int) -> bool:
    """True if the number at tokens ``start:end`` is the "five" of "the five boroughs"."""
    if end - start != 1 or start < 1 or end >= len(doc) or doc[start - 1].lower_ != "the":
        return False
    if (doc[start].lower_, doc[end].lower_) not in SET_NAMES:
        return False
    if start >= 3 and doc[start - 2].lower_ == "of":
        before = doc[start - 3]
        return not (is_numeral(before) or is_spelled_number(before))  # "37 of the 50 states"
    return True
