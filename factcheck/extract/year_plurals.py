"""A year-shaped number before things in the plural is their year (issue 11).

"eyeing 2020 campaigns", "compared with 2014 numbers", "contradict 2013 comments", "93 percent of
2012 voters", "his vote in 2005 shielding gunmakers" (the parse hangs the year on the noun past
the participle): the number says which year, it counts nothing (gold README: years and dates are
not claims). News copy writes a count of a thousand or more with a comma ("2,000 jobs"), so a
four-digit number of the modern era without one is a year; a count in the plural of time units
or points ("2000 years") and money ("$2000 fines") stay figures. Pure.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from factcheck.extract.lexicon import (
    CURRENCY_SYMBOLS,
    PERCENT_WORDS,
    POINT_WORDS,
    TIME_UNITS,
    YEAR_PLURAL_TAGS,
)

# shares and points stay figures however they are written ("2000 points")
_SHARE_WORDS = PERCENT_WORDS | POINT_WORDS
_MODERN_YEAR_RE = re.compile(r"^(?:19\d\d|20[0-3]\d)$")


def is_year_of_plural_things(doc: Doc, start: int) -> bool:
    """True if the one-token number at ``start`` is a modern year written without a comma
    before the plural noun the parse gives it."""
    token = doc[start]
    noun = token.head
    return (
        bool(_MODERN_YEAR_RE.match(token.text))
        and token.dep_ in ("nummod", "quantmod", "compound")
        and noun.i > token.i
        and noun.tag_ in YEAR_PLURAL_TAGS
        and noun.lemma_.lower() not in TIME_UNITS
        and noun.lower_ not in _SHARE_WORDS
        and not (start > 0 and doc[start - 1].lower_ in CURRENCY_SYMBOLS)
    )
