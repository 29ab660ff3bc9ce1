"""Where a span of time was spent: "after almost four decades in DC" -> "decades in DC",
"served 12 years in the Senate" -> "years in Senate", "spent a month in jail" -> "month in jail".

A span of time with a place or body it was spent in is named by that place, not by the unit
alone (gold README, "subject": what the figure measures; realgold5's "serving five months in
jail" is named by the jail, realgold16's "3 months in prison" by the prison, realgold24's
"almost four decades in DC" by DC). The "in" phrase is the unit's own ("four decades in DC")
or its verb's, right after the span ("served 12 years in the Senate"). Not a time ("three
days in March"), an idiom of counting ("five years in a row", "in total"), nor a span
things are counted within ("the third time in 24 hours in Chicago").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import SPAN_IN_IDIOMS, TIME_UNITS
from factcheck.extract.subjects.noun_phrases import head_phrase

_NOUNS = ("NOUN", "PROPN")
_TIMES = frozenset({"DATE", "TIME"})
# "the third time in 24 hours", "within two days": a span things are counted within.
WITHIN_PREPS = frozenset({"in", "within"})


def place_spent(unit: Token) -> str:
    """ "decades in DC", "years in Senate"; '' when the span of time has no "in" phrase."""
    if unit.lemma_.lower() not in TIME_UNITS:
        return ""
    if unit.dep_ == "pobj" and unit.head.lower_ in WITHIN_PREPS:
        return ""  # "the third time in 24 hours in Chicago": counted within, not spent there
    preps = [c for c in unit.rights if c.dep_ == "prep"]
    if not preps and unit.dep_ in ("dobj", "npadvmod") and unit.head.pos_ in ("VERB", "AUX"):
        preps = [c for c in unit.head.rights if c.dep_ == "prep" and c.i == unit.i + 1]
    if not preps or preps[0].lower_ != "in" or preps[0].i != unit.i + 1:
        return ""
    place = next((c for c in preps[0].children if c.dep_ == "pobj"), None)
    if place is None or place.pos_ not in _NOUNS or place.ent_type_ in _TIMES:
        return ""
    if place.lower_ in SPAN_IN_IDIOMS or place.lemma_.lower() in TIME_UNITS:
        return ""
    return f"{unit.text} in {head_phrase(place, after=place.left_edge.i - 1)}"
