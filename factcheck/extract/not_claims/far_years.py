"""A year of the next century after a word that sets a horizon: "several degrees of warming by
2100", "sea levels until 2150" (issue 11). Pure.

Years are no claims (gold README); the date rules read years up to 2099 only, so "by 2100"
was a count of 2,100 (realgold31 gold: "year"). Past 2099 a four-digit number is read as a
year only after "by", "until", "through" or "before" and with no noun it counts ("by 2100
people" would be a count).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import HORIZON_WORDS
from factcheck.extract.year_numbers import is_year_number


def is_far_year(doc: Doc, start: int, end: int) -> bool:
    """True if the number at ``start:end`` is the "2100" of "warming by 2100"."""
    if end - start != 1 or start < 1:
        return False
    number = doc[start]
    if not is_year_number(number.text, first=2100, last=2199):
        return False
    if doc[start - 1].lower_ not in HORIZON_WORDS:
        return False
    return not (number.dep_ == "nummod" and number.head.i > start)
