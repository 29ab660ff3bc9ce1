"""An age bracket that defines a group: "voters under 30", "those over 45" (issue 11). Pure.

Exit polls and surveys split people by age: "Sanders won 84 percent of voters under 30",
"many of those over 45 backed Clinton", "adoptees younger than 18". The number names which
people are meant, as "voters ages 18 to 29" and "voters 45 and older" do (``ages.is_age``);
it is an age used as a descriptor (gold README), which the tuning golds write as "age range
describing the group" (realgold8, realgold10). A figure after the bracket word that counts or
measures something ("over 30 hours", "under 30 percent") is not a bracket.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import (
    AGE_BRACKET_COMPARATIVES,
    AGE_BRACKET_GROUPS,
    AGE_BRACKET_OPENERS,
)

_UNIT_AFTER = frozenset({"percent", "%", "per", "point", "points", "percentage"})


def is_group_age_bracket(doc: Doc, start: int, end: int) -> bool:
    """True if the bare number at ``start:end`` is the age in "voters under 30", "those over
    45", "people younger than 18"."""
    if end - start != 1 or start < 2:
        return False
    number = doc[start]
    if not number.is_digit or len(number.text) > 3 or not 0 < int(number.text) < 120:
        return False
    opener = start - 1
    if doc[opener].lower_ == "than" and doc[opener - 1].lower_ in AGE_BRACKET_COMPARATIVES:
        opener -= 1  # "younger than 18"
    elif doc[opener].lower_ not in AGE_BRACKET_OPENERS:
        return False
    if opener < 1 or doc[opener - 1].lower_ not in AGE_BRACKET_GROUPS:
        return False
    if end < len(doc):
        after = doc[end]
        counted = after.pos_ == "NOUN" and after.tag_ == "NNS" and number.head.i == after.i
        if after.lower_ in _UNIT_AFTER or counted:
            return False  # "voters over 30 percent", "people under 30 days"
        if after.text in ("-", "–") and not number.whitespace_:
            return False  # "those under 30-year-olds" is the age rule's
    return True
