"""A figure's currency and unit: "US$100 million", "7.7 percent", "six percentage points", "14
straight years", "a 20-point lead", "a 5.8-magnitude quake". Pure.

The span of a mention takes its currency before and its unit after (gold README, the span), not
the counted noun: a percent or multiplier word, points of a margin, a unit quantulum3 knows, a
single unit after "a" ("about a block apart"), a margin, contest size or record span glued by a
hyphen. A currency glued to the next number belongs to that figure ("5 US$6").
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    MEASURE_DESCRIPTORS,
    MULTIPLIER_WORDS,
    PERCENT_WORDS,
    POINT_WORDS,
    SINGLE_UNIT_NOUNS,
)
from factcheck.extract.mentions.count_margins import count_margin_end
from factcheck.extract.mentions.quantities import find_unit_word
from factcheck.extract.mentions.record_spans import record_span_end
from factcheck.extract.not_claims.compound_descriptors import is_contest_size, point_margin_end
from factcheck.extract.not_claims.dates_times import duration_modifier_len


def attach_currency_and_unit(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Widen a number run to the currency before it and the unit after it."""
    if start > 0:
        prev = doc[start - 1]
        if prev.lower_ in CURRENCY_SYMBOLS and (not prev.whitespace_ or prev.lower_ in ("usd",)):
            start -= 1
    if end < len(doc):
        nxt = doc[end]
        if nxt.lower_ == "per" and end + 1 < len(doc) and doc[end + 1].lower_ == "cent":
            return start, end + 2
        if duration_modifier_len(doc, end):
            return start, end + 2  # "14 straight years"
        if _is_points(doc, end):
            # "six percentage points", "leads by 29 points": points are the unit of a margin
            return start, end + (2 if nxt.lower_ == "percentage" else 1)
        spaced_margin_end = point_margin_end(doc, end) if nxt.lower_ == "percentage" else 0
        if spaced_margin_end:
            return start, spaced_margin_end  # "a 10 percentage-point lead": not "10 percentage"
        if nxt.lower_ in PERCENT_WORDS or nxt.lower_ in MULTIPLIER_WORDS:
            return start, end + 1
        glued_to_next = not nxt.whitespace_ and end + 1 < len(doc) and doc[end + 1].like_num
        if glued_to_next and nxt.lower_ in CURRENCY_SYMBOLS:
            return start, end  # "5 US$6": the symbol belongs to the next figure
        named_end = named_currency_end(doc, end)
        if named_end:
            # "500,000 Yemeni rials", "2 million Hong Kong dollars"; before a unit word, which
            # "CFA" in "2 billion CFA francs" reads as
            return start, named_end
        if nxt.pos_ in ("NOUN", "PROPN", "SYM", "ADJ") and find_unit_word(nxt.text):
            return start, end + 1
        if doc[end - 1].lower_ in ("a", "an") and nxt.lemma_.lower() in SINGLE_UNIT_NOUNS:
            return start, end + 1  # "about a block apart": the unit quantulum does not know
        margin_end = point_margin_end(doc, end) or count_margin_end(doc, end)
        if margin_end:
            return start, margin_end  # "a 20-point lead", "a 26-delegate advantage"
        if is_contest_size(doc, end):
            return start, end + 2  # "a three-way race"
        record_end = record_span_end(doc, end)
        if record_end:
            return start, record_end  # "a 50-year low": the span of a record
        if (
            nxt.text == "-"
            and not nxt.whitespace_
            and end + 1 < len(doc)
            and doc[end + 1].lower_ in MEASURE_DESCRIPTORS
        ):
            return start, end + 2  # "a 5.8-magnitude quake"
    return start, end


def named_currency_end(doc: Doc, end: int) -> int:
    """The end of a currency word after one or two capitalised words of its country ("500,000
    Yemeni rials", "3 million Hong Kong dollars"), or 0: the country's name is part of the
    unit, so the currency is the figure's unit, not what it counts (gold README, the span
    includes the currency; tests/wirea, wireb, session 64)."""
    for size in (1, 2):
        unit = end + size
        if unit >= len(doc):
            return 0
        named = doc[unit - 1].is_title or (doc[unit - 1].is_upper and doc[unit - 1].is_alpha)
        if not named or doc[unit - 1].is_sent_start:
            return 0  # "Yemeni rials"; an acronym too: "1.2 billion CFA francs" (tests/wiree)
        word = doc[unit].lower_
        if doc[unit].lemma_.lower() in CURRENCY_WORDS or word.rstrip("s") in CURRENCY_WORDS:
            return unit + 1
    return 0


def _is_points(doc: Doc, end: int) -> bool:
    """ "six percentage points", "29 points", "0.1 percentage point": a figure in points."""
    j = end + 1 if doc[end].lower_ == "percentage" else end
    return j < len(doc) and doc[j].lower_ in POINT_WORDS and doc[j].whitespace_ != "-"
