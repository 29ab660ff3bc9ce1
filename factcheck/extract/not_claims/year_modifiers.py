"""A year before the plural noun it dates: "eyeing 2020 campaigns", "93 percent of 2012
voters", "the Republican 2016 hopefuls", "contradicts 2013 comments", "compared with 2014
numbers". Pure.

The gold README makes years and dates no claims. ``not_claims`` reads a year-shaped number as
a count when it modifies a noun, since "2000 protesters" could count them; the tuning golds
hold no such count (every year-shaped number before a plural noun is a not-claim "year"), and
news writes a count of two thousand with a comma ("2,000 protesters"). So a bare year of
1900-2039 that modifies a plural noun dates it, unless the figure is qualified ("about 1900
troops", "only 2000 votes"), carries a currency or a percent, the noun is a unit of
measure ("2000 miles"), or a participle stands between them ("1960 damaged homes": a count of
things in a state; tests/test_robustness.py's long sentence).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import (
    APPROXIMATE_QUALIFIERS,
    CURRENCY_SYMBOLS,
    INDEFINITE_ONE_LIMITERS,
    LOWER_BOUND_QUALIFIERS,
    PERCENT_WORDS,
    UPPER_BOUND_QUALIFIERS,
    YEAR_NOUN_MEASURES,
)
from factcheck.extract.year_numbers import is_year_number

# the gold README's qualifiers ("about", "more than", "at least", "up to")
_QUALIFIERS = APPROXIMATE_QUALIFIERS | LOWER_BOUND_QUALIFIERS | UPPER_BOUND_QUALIFIERS
_LONGEST_QUALIFIER = max(len(q) for q in _QUALIFIERS)


def is_year_before_plural(doc: Doc, start: int, end: int) -> bool:
    """True if the one-token number at ``start:end`` is a year dating the plural noun it
    modifies ("2020 campaigns", "2012 Benghazi attacks")."""
    if end - start != 1 or not is_year_number(doc[start].text, last=2039):
        return False
    year = doc[start]
    noun = year.head
    if year.dep_ not in ("nummod", "compound") or noun.i <= year.i:
        return False
    if noun.tag_ not in ("NNS", "NNPS") or noun.lemma_.lower() in YEAR_NOUN_MEASURES:
        return False
    if noun.lower_ in PERCENT_WORDS:
        return False
    if any(t.tag_ in ("VBN", "VBG") for t in doc[end : noun.i]):
        return False  # "counted 1960 damaged homes": things in a state are counted, not dated
    before = tuple(t.lower_ for t in doc[max(start - _LONGEST_QUALIFIER, 0) : start])
    if before and (before[-1] in INDEFINITE_ONE_LIMITERS or before[-1] in CURRENCY_SYMBOLS):
        return False  # "only 2000 votes", "$2000 fines"
    return not any(
        before[len(before) - len(q) :] == q for q in _QUALIFIERS if len(q) <= len(before)
    )
