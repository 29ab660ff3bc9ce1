"""The low end of a range of time takes the unit of its high end (issue 11). Pure.

"plotting for six or seven months", "within five to 10 years", "a good 15 to 17 minutes": the
unit stands after the upper figure only, so the lower one was read bare and, spaCy labelling
both DATE, taken for a date; the range was cut to its upper figure ("seven months"). Gold
README, "Span": the number with its qualifier and unit, "between X and Y" and "X to Y" a
range (the tuning golds write "X or Y" as a range too: "six or seven", "two or three"). The
low end is judged by the unit after the high end: "three or four months ago" places an event
like "four months ago"; "for six or seven months" is a span.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import TIME_UNITS
from factcheck.extract.mentions.quantities import is_numeral, is_spelled_number
from factcheck.extract.mentions.range_joiners import joins_a_range


def range_high_end(doc: Doc, start: int, end: int) -> int:
    """The end of the upper figure of a range the number at ``start:end`` opens, else ``end``.

    The joiner is one a range takes (``range_joiners.joins_a_range``); the upper figure is one
    number written in digits or words.
    """
    opener = doc[start - 1].lower_ if start > 0 else ""
    if not joins_a_range(doc, end, opener):
        return end
    high = doc[end + 1]
    if not (is_numeral(high) or is_spelled_number(high)):
        return end
    return end + 2


def time_range_high(doc: Doc, figure: tuple[int, int], high: tuple[int, int]) -> bool:
    """True if a range's bare low figure takes its time unit from the upper one ("six or seven
    months"): the unit, and with it the subject and the words that hedge or attribute the
    span, hang on the upper figure, as they did when only it was read."""
    if figure[1] - figure[0] != 1:
        return False
    unit = doc[high[1] - 1]
    return unit.lemma_.lower() in TIME_UNITS and high[1] - high[0] >= 2
