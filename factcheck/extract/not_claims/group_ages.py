"""An age bracket that defines a group: "voters under 30", "those over 45" (issue 11). Pure.

Exit polls and surveys split people by age: "Sanders won 84 percent of voters under 30",
"many of those over 45 backed Clinton", "adoptees younger than 18". The number names which
people are meant, as "voters ages 18 to 29" and "voters 45 and older" do (``ages.is_age``);
it is an age used as a descriptor (gold README), which the tuning golds write as "age range
describing the group" (realgold8, realgold10). A figure after the bracket word that counts or
measures something ("over 30 hours", "under 30 percent") is not a bracket. Session 65: the
age may be written in words ("children under five": tests/wired and tests/corpus golds, age
descriptors) and "aged" may stand before the bracket word ("people aged over 65": tests/wiree).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import (
    AGE_BRACKET_COMPARATIVES,
    AGE_BRACKET_GROUPS,
    AGE_BRACKET_OPENERS,
    NUMBER_WORDS,
)

_UNIT_AFTER = frozenset({"percent", "%", "per", "point", "points", "percentage"})
# Session 66: the group may be a relative clause's ("at least three people who were under 18 at
# the time": tests/wirel gold, age) or a part of people named before ("112 people ..., about a
# third of them younger than 18": tests/wiree gold, age threshold defining a group).
_WHO = frozenset({"who", "that"})
_PART_PRONOUNS = frozenset({"them"})


def is_group_age_bracket(doc: Doc, start: int, end: int) -> bool:
    """True if the bare number at ``start:end`` is the age in "voters under 30", "those over
    45", "people younger than 18"."""
    if end - start != 1 or start < 2:
        return False
    number = doc[start]
    age = _age_value(number.text)
    if age is None or not 0 < age < 120:
        return False
    opener = start - 1
    if doc[opener].lower_ == "than" and doc[opener - 1].lower_ in AGE_BRACKET_COMPARATIVES:
        opener -= 1  # "younger than 18"
    elif doc[opener].lower_ not in AGE_BRACKET_OPENERS:
        return False
    if opener >= 2 and doc[opener - 1].lower_ in ("aged", "ages", "age"):
        opener -= 1  # "people aged over 65", "those ages under 30"
    if opener >= 3 and doc[opener - 1].lemma_ == "be" and doc[opener - 2].lower_ in _WHO:
        opener -= 2  # "people who were under 18 at the time"
    if opener < 1 or doc[opener - 1].lower_ not in AGE_BRACKET_GROUPS | _PART_PRONOUNS:
        return False
    if end < len(doc):
        after = doc[end]
        counted = after.pos_ == "NOUN" and after.tag_ == "NNS" and number.head.i == after.i
        if after.lower_ in _UNIT_AFTER or counted:
            return False  # "voters over 30 percent", "people under 30 days"
        if after.text in ("-", "–") and not number.whitespace_:
            return False  # "those under 30-year-olds" is the age rule's
    return True


def _age_value(text: str) -> int | None:
    """The age a bracket names, in digits ("30") or a word up to twenty ("five")."""
    if text.isdigit() and len(text) <= 3:
        return int(text)
    value = NUMBER_WORDS.get(text.lower())
    if isinstance(value, int) and value <= 20 and text.lower() not in ("a", "an", "dozen"):
        return value
    return None
