"""Two figures of different measures joined by "to" are a change and a level, not a range:
"raised the price by 3% to 2,369 rupees", "revenue dipping 1.3 percent to $191.6 million",
"raised its main rate by 5 percentage points to 32.25%" (wire2a, wire2q, wire2v, realgold6
golds: the level an exact claim of its own, never a range from the change). Pure.

A range spreads one measure between two ends (gold README, "approx": "X to Y" -> range), so its
ends share a unit; where one end is a rate (percent or points) and the other names another
measure, the "to" is the change's destination. Ends without a unit ("5 to 10 percent") and
ranges of time ("six months to a year") are left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import POINT_WORDS
from factcheck.extract.mentions.quantities import FigureParseError, parse_figure

_RATE_MEASURES = frozenset({"percent", "points"})


def switches_measure(doc: Doc, low: tuple[int, int], high: tuple[int, int]) -> bool:
    """True if the figures at ``low`` and ``high`` (token spans) each name a measure, they
    differ, and one of them is a rate: "3% to 2,369 rupees", "5 points to 32.25%"."""
    low_measure, high_measure = _measure(doc, low), _measure(doc, high)
    if not low_measure or not high_measure or low_measure == high_measure:
        return False
    return bool({low_measure, high_measure} & _RATE_MEASURES)


def _measure(doc: Doc, span: tuple[int, int]) -> str:
    """The figure's unit, with "points" told apart from "percent" ("5 percentage points")."""
    if any(t.lower_ in POINT_WORDS for t in doc[span[0] : span[1]]):
        return "points"
    try:
        return parse_figure(doc[span[0] : span[1]].text).unit
    except FigureParseError:
        return ""
