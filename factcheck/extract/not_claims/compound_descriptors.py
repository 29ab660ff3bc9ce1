"""Compound descriptors: "five-story", "34-year-old", "two-state", "24-hour" (gold README, "What
is not a claim"). Pure.

A number glued by a hyphen to a word describes the noun after it and counts nothing, unless the
word makes it an amount the gold keeps: a spelled number, scale word or measure ("twenty-five",
"a 7.8-magnitude quake"), the size of a body of people ("a seven-member panel", "a three-judge
panel"), a price with its rate ("a $15-an-hour wage"), a margin ("a 20-point lead",
``point_margin_end``; "a 26-delegate advantage"), how many run ("a three-way race",
``is_contest_size``) or the span of a record ("a 50-year low"). ``mentions`` reads
``point_margin_end`` and ``is_contest_size`` for the unit.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from factcheck.extract.lexicon import (
    BODY_NOUNS,
    BODY_SIZE_PEOPLE,
    BODY_SIZE_WORDS,
    CONTEST_NOUNS,
    CONTEST_SIZE_WORDS,
    CURRENCY_SYMBOLS,
    MARGIN_NOUNS,
    MEASURE_DESCRIPTORS,
    SCALE_WORDS,
)
from factcheck.extract.mentions.count_margins import count_margin_end
from factcheck.extract.mentions.quantities import is_spelled_number
from factcheck.extract.mentions.record_spans import record_span_end


def is_contest_size(doc: Doc, end: int) -> bool:
    """ "a three-way race", "a four-way contest": how many run is a figure (the real gold
    writes it so), not a descriptor ("a two-way street" is)."""
    return (
        end + 2 < len(doc)
        and doc[end + 1].lower_ in CONTEST_SIZE_WORDS
        and doc[end + 2].lemma_.lower() in CONTEST_NOUNS
    )


def _is_body_of_people(doc: Doc, end: int) -> bool:
    """ "a three-judge panel", "a 12-employee business": the size of a body, a count of people
    (``BODY_SIZE_PEOPLE`` before one of ``BODY_NOUNS``)."""
    return (
        end + 2 < len(doc)
        and doc[end + 1].lower_ in BODY_SIZE_PEOPLE
        and doc[end + 2].lemma_.lower() in BODY_NOUNS
    )


def _is_price(doc: Doc, start: int) -> bool:
    """ "a $15-an-hour wage", "a $2,000-a-month stipend": money fused with its rate is an
    amount, never a descriptor."""
    return start > 0 and any(
        t.lower_ in CURRENCY_SYMBOLS and not t.is_alpha for t in doc[start - 1 : start + 1]
    )


def is_compound_descriptor(doc: Doc, start: int, end: int) -> bool:
    """ "five-story", "34-year-old", "two-state", "24-hour": number-hyphen-word, no spaces."""
    last = doc[end - 1]
    if end + 1 < len(doc) and not last.whitespace_:
        hyphen, word = doc[end], doc[end + 1]
        if hyphen.text in ("-", "–") and not hyphen.whitespace_ and word.is_alpha:
            return not (
                is_spelled_number(word)
                or word.lower_ in SCALE_WORDS
                or word.lower_ in MEASURE_DESCRIPTORS
                or word.lower_ in BODY_SIZE_WORDS  # "the seven-member panel"
                or _is_body_of_people(doc, end)  # "a three-judge panel"
                or _is_price(doc, start)  # "a $15-an-hour wage"
                or point_margin_end(doc, end)  # "a 20-point lead" is a figure
                or count_margin_end(doc, end)  # "a 26-delegate advantage" too
                or is_contest_size(doc, end)
                or record_span_end(doc, end)  # "a 50-year low" is the span of a record
            )
    if end + 2 < len(doc) and re.fullmatch(r"\d/\d", doc[end].text) and doc[end + 1].text == "-":
        return doc[end + 2].is_alpha  # "a 1 1/2-story home"
    first = doc[start]
    if start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        # "mid-2023", "Su - 35" split by the tokenizer
        return doc[start - 2].is_alpha and not doc[start - 1].whitespace_ and first.is_digit
    return False


def point_margin_end(doc: Doc, end: int) -> int:
    """The end of the unit of a margin in points after a number ending at token ``end``, or 0:
    "a 20-point lead", "a three-percentage-point margin", "her 22-point loss", "a 3-point
    polling lead", "a 10 percentage-point lead" (the number spaced off); not "a 10-point
    plan"."""
    words = [t.lower_ for t in doc[end : end + 5]]
    if words[:3] == ["percentage", "-", "point"] and doc[end - 1].whitespace_:
        unit = 0 if doc[end].whitespace_ or doc[end + 1].whitespace_ else 3
    elif words[:1] != ["-"] or doc[end - 1].whitespace_:
        return 0
    else:
        unit = (
            2 if words[1:2] == ["point"] else 4 if words[1:4] == ["percentage", "-", "point"] else 0
        )
    if not unit:
        return 0
    for noun in doc[end + unit : end + unit + 2]:  # the noun may follow one modifier
        if noun.lemma_.lower() in MARGIN_NOUNS:
            return end + unit
        if noun.pos_ not in ("NOUN", "ADJ"):
            return 0
    return 0
