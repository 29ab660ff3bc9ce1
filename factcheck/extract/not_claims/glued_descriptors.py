"""A weight or length glued to its number before a noun is a compound descriptor, as its
hyphenated form is: "a 50kg bag of rice" reads as "a 50-kilogram bag" (tests/wiren, wireo golds:
"compound descriptor"; docs/gold-conventions.md "Compound descriptors"). Pure.

Only with "a", "an" or "the" before the number and the unit modifying the noun after it; "sold
25kg of maize" (the unit the object) measures, and money ("a $5.8bn loan") is no unit here.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import GLUED_DESCRIPTOR_UNITS

_DETERMINERS = frozenset({"a", "an", "the"})


def is_glued_measure_descriptor(doc: Doc, start: int, end: int) -> bool:
    """True if the number at ``start`` is glued to a weight or length unit ("50kg") that
    modifies the noun after it, with an article before the number."""
    number = doc[start]
    unit_at = start + 1
    if end - start > 2 or unit_at >= len(doc) or start == 0 or number.whitespace_:
        return False
    unit = doc[unit_at]
    if not number.text[:1].isdigit() or unit.lower_ not in GLUED_DESCRIPTOR_UNITS:
        return False
    if doc[start - 1].lower_ not in _DETERMINERS:
        return False
    head = unit.head
    return (
        head.i > unit.i
        and head.pos_ in ("NOUN", "PROPN")
        and unit.dep_ in ("compound", "nmod", "amod")
    )
