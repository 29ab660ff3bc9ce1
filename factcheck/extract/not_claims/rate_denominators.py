"""The base a rate is counted against: "1,950 cases per 100,000 inhabitants", "one refugee for
every 16 Chadians". Pure.

The number after "per" or "for every" that follows a figure of its own phrase sizes the unit
of that figure, as "a week" does in "$2 million a week"; it counts nothing the article asserts.
Two wire annotators write it so (tests/wireg: "1,950 cases per 100,000 inhabitants" one claim,
value 1950; tests/wiree: "one refugee for every 16 Chadians" one claim, a ratio), neither as a
claim of its own. A figure after "per" with no figure before it ("spent per 1,000 voters")
is left to the other rules. The rate's figure may stand before a noun with an "of" phrase
("5 incidents of violent crime for every 1,000 residents", "12 cases of measles per 100,000
children": realgold10's gold writes the base a not-claim, "denominator"; session 70).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.mentions.quantities import is_numeral, is_spelled_number

# How far before "per" the rate's own figure may stand: "1,950 dengue cases per", "5 incidents
# of violent crime for every" (a noun with its "of" phrase between).
_FIGURE_REACH = 6


def is_rate_denominator(doc: Doc, start: int) -> bool:
    """True if the number at token ``start`` follows "per" or "for every" right after a
    figure ("1,950 cases per 100,000", "one refugee for every 16")."""
    if start >= 1 and doc[start - 1].lower_ == "per":
        opener = start - 1
    elif start >= 2 and doc[start - 1].lower_ == "every" and doc[start - 2].lower_ == "for":
        opener = start - 2
    else:
        return False
    for token in reversed(doc[max(opener - _FIGURE_REACH, 0) : opener]):
        if token.is_punct or token.pos_ in ("VERB", "AUX"):
            return False
        if is_numeral(token) or is_spelled_number(token) or token.lower_ == "one":
            # "one for every 20" with no noun between is left whole to the share rules
            return doc[opener].lower_ == "per" or token.i < opener - 1
    return False
