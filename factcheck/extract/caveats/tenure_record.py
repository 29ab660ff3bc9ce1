"""A contender's years in office, told by a candidate or its staff: partisan_source.

docs/gold-conventions.md "Candidates and campaigns as a partisan source" (b): a contender's
record in an office it held is a matter the candidate and its campaign are a party to. The
figure is a span of years spent in a seat of office: "after almost four decades in DC, John
McCain has forgotten that" (realgold24, a challenger's quote), "After more than two decades in
Congress as an independent, Sanders plans to remain a Democrat, Devine said" (realgold4, the
candidate's adviser), "she served 12 years in the Senate". Who speaks is decided by the caller
(a candidate, or a candidate's staff); here only what the figure measures: years or decades,
the seat of office ("in Congress", "in the Senate", "in Washington") on the span itself or on
the verb the span measures ("served 20 years in Congress"). Not a span in another place ("30
years in Ohio", "40 years in business"), nor months or days (a campaign's span,
candidate_race.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import TENURE_PLACES, TENURE_UNITS

_SPAN_DEPS = ("dobj", "npadvmod", "pobj", "attr")


def counts_tenure(number: Token) -> str | None:
    """The words of the tenure ("decades in DC") when the figure counts a contender's years
    in a seat of office; None otherwise."""
    unit = number.head if number.dep_ in ("nummod", "quantmod", "compound") else number
    if unit.lemma_.lower() not in TENURE_UNITS:
        return None
    seat = _seat_of_office(unit)
    if seat is not None:
        return f"{unit.text} in {seat.text}"
    # "served 20 years in Congress", "spent 12 years in the Senate", "for 30 years in office"
    span = unit.head if unit.dep_ == "pobj" and unit.head.lower_ == "for" else unit
    verb = span.head
    if span.dep_ not in (*_SPAN_DEPS, "prep") or verb.pos_ not in ("VERB", "AUX"):
        return None
    seat = _seat_of_office(verb)
    return f"{unit.text} in {seat.text}" if seat is not None else None


def _seat_of_office(word: Token) -> Token | None:
    """The seat of office under "in" on the word: "in Congress", "in the Senate", "in DC"."""
    for prep in word.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for place in prep.children:
            if place.dep_ == "pobj" and place.lower_ in TENURE_PLACES:
                if place.lower_ == "house" and not place.text[:1].isupper():
                    continue  # "30 years in the house": a home, not the House
                return place
    return None
