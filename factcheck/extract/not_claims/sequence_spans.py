"""A count of events that only places another in a sequence: "Six stops later, the bus reached
Osceola", "Two elections ago, the seat was safe", "Three innings earlier, he had homered"
(session 55, branch notclaim55). Pure.

"Two years later" places an event in time and is not a claim (gold README: "nearly two years
ago"; docs/gold-conventions.md "Spans of time before or after an event"); a count of stops,
games or elections before "later", "earlier" or "ago" does the same along a sequence of events
(realgold24 gold: "span that only places an event in the day (stops later)"). Only where the
phrase ends there, at a comma or the sentence's end: in "Five people later died" the number
counts the people the verb after "later" is about.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import SEQUENCE_PLACING_NEXT, TIME_UNITS
from factcheck.extract.mentions.quantities import is_numeral, is_spelled_number


def is_sequence_placing(doc: Doc, start: int, end: int) -> bool:
    """True if the number at tokens ``start:end`` is the "Six" of "Six stops later, ..."."""
    if end - start != 1 or end + 1 >= len(doc):
        return False
    number, noun, placing = doc[start], doc[end], doc[end + 1]
    if not (is_numeral(number) or is_spelled_number(number)):
        return False
    if noun.tag_ != "NNS" or noun.lemma_.lower() in TIME_UNITS:
        return False  # "two years later" is the dates' own
    if placing.lower_ not in SEQUENCE_PLACING_NEXT:
        return False
    closing = doc[end + 2] if end + 2 < len(doc) else None
    return closing is None or closing.is_punct
