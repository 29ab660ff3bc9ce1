"""How the words around a figure bound it: its qualifier ("roughly 240", "just over 1,400",
"between ...") and its governing verb ("crossed 9,000", "tops 400,000 hectares"). Pure.

The qualifier's words are part of the mention's span and set its ``approx`` (gold README,
"approx"): the longest qualifier wins ("just over" before "over"). "as long as" bounds only a
span of time ("as long as two years"), not a condition. A figure that is the object of a verb of
crossing or staying under is a lower or upper bound (seed: 9,000), unless it is the bar a count
must reach ("the 1,237 delegates needed").
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import (
    APPROXIMATE_QUALIFIERS,
    LOW_END_QUALIFIERS,
    LOWER_BOUND_QUALIFIERS,
    LOWER_BOUND_VERBS,
    RANGE_OPENERS,
    TIME_HIGH_END_QUALIFIERS,
    TIME_UNITS,
    UPPER_BOUND_PREPOSITIONS,
    UPPER_BOUND_QUALIFIERS,
    UPPER_BOUND_VERBS,
)
from factcheck.extract.mentions.verb_bounds import is_required_amount, negated_bound
from factcheck.model import Approx

_QUALIFIERS = (
    [(q, Approx.APPROXIMATE) for q in APPROXIMATE_QUALIFIERS]
    + [(q, Approx.LOWER_BOUND) for q in LOWER_BOUND_QUALIFIERS]
    + [(q, Approx.UPPER_BOUND) for q in UPPER_BOUND_QUALIFIERS]
    + [(q, Approx.UPPER_BOUND) for q in UPPER_BOUND_PREPOSITIONS]
    + [(q, Approx.LOWER_BOUND) for q in LOW_END_QUALIFIERS]
    + [(q, Approx.UPPER_BOUND) for q in TIME_HIGH_END_QUALIFIERS]
)
# Longest first, so "just over" wins over "over".
_QUALIFIERS.sort(key=lambda item: len(item[0]), reverse=True)
_LONGEST_QUALIFIER = len(_QUALIFIERS[0][0])


def untimed_high_end(doc: Doc, qualifier_start: int, fig_start: int, fig_end: int) -> bool:
    """ "as long as" bounds a span of time ("as long as two years"), not a condition."""
    words = tuple(t.lower_ for t in doc[qualifier_start:fig_start])
    if words not in TIME_HIGH_END_QUALIFIERS:
        return False
    unit_at = doc[fig_start : fig_end + 1]  # the unit is taken into the figure or follows it
    return not any(t.lemma_.lower() in TIME_UNITS for t in unit_at)


def find_qualifier(doc: Doc, start: int) -> tuple[int, Approx]:
    """Return where the qualifier before token ``start`` begins and what it means."""
    # the words before ``start`` read once, not once per qualifier (speedA)
    before = tuple(t.lower_ for t in doc[max(start - _LONGEST_QUALIFIER, 0) : start])
    for words, approx in _QUALIFIERS:
        n = len(words)
        if n <= len(before) and before[len(before) - n :] == words:
            return start - n, approx
    if start > 0 and doc[start - 1].lower_ in RANGE_OPENERS:
        return start - 1, Approx.RANGE
    return start, Approx.EXACT


def bound_from_verb(doc: Doc, start: int, end: int, approx: Approx) -> tuple[Approx, str]:
    """A figure that is the object of "crossed"/"exceeded" is a lower bound (seed: 9,000)."""
    token = doc[end - 1]
    if token.dep_ in ("nummod", "quantmod") and token.head.i > token.i:
        token = token.head  # "tops 400,000 hectares": the counted noun is the object
        if token.dep_ == "compound" and token.head.i == token.i + 1:
            token = token.head  # "exceed 40 degrees Celsius": a unit of two words (wiree)
    head = token.head
    if is_required_amount(token):
        return approx, ""  # "cruise past the 1,237 delegates needed": the bar, not the count
    if token.dep_ == "pobj" and head.lower_ == "past" and head.head.pos_ == "VERB":
        return Approx.LOWER_BOUND, head.text  # "the toll climbed past 31,000"
    # "as cases top 400": a headline's figure the parse hangs on the verb before it as a nummod
    as_object = token.dep_ == "nummod" and head.i < token.i
    if (token.dep_ in ("dobj", "attr", "npadvmod", "pobj") or as_object) and head.pos_ in (
        "VERB",
        "AUX",
    ):
        if head.lemma_.lower() in LOWER_BOUND_VERBS:
            return negated_bound(head, Approx.LOWER_BOUND), head.text
        if head.lemma_.lower() in UPPER_BOUND_VERBS:
            return negated_bound(head, Approx.UPPER_BOUND), head.text
    return approx, ""
