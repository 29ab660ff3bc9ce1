"""Things named by their place in a series: "the past two elections", "the previous two Super
Bowls". Pure.

A small spelled number after "the past", "the previous" ... picks out the last few of a series
and counts nothing; "won seven of the past eight contests" is a share of the series, a claim,
and "the past two years" is a period (``dates_times``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import SERIES_DETERMINERS, SERIES_PLACE_MODIFIERS, TIME_UNITS
from factcheck.extract.mentions.quantities import is_spelled_number


def places_in_a_series(doc: Doc, start: int, end: int) -> bool:
    """ "the past two elections", "the previous two Super Bowls": things named by their place
    in a series, not counted (a small number in words) (a span of time, "the past two
    years", is a period: ``dates_times``)."""
    if end - start != 1 or not is_spelled_number(doc[start]):
        return False  # "the first 75 refugees" counts them
    if start < 2 or doc[start - 1].lower_ not in SERIES_PLACE_MODIFIERS:
        return False
    if doc[start - 2].lower_ not in SERIES_DETERMINERS:
        return False
    if start > 2 and doc[start - 3].lower_ == "of":
        return False  # "won seven of the past eight contests": a share of the series, a claim
    for token in doc[end : end + 3]:
        if token.pos_ == "NOUN" or token.tag_ == "NNPS":  # "the previous two Super Bowls"
            return token.lemma_.lower() not in TIME_UNITS
        if token.pos_ not in ("ADJ", "PROPN"):
            return False
    return False
