"""A span of time bounded by "as long as" or "longer than": "waiting as long as five hours",
"wait for as long as three hours", "lasted longer than 12 hours".

The parse hangs the unit on "long" ("as long as five hours" -> "as" -> "long"), not on the
verb or the "for" that says how long something went on, so the span would be named by its
unit alone. Seen through "long", it is the verb's span of time like "waited five hours" (gold
README, "subject": a span of time a verb of doing went on is named by the doing; realgold33
"waiting as long as five hours" -> "wait").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import LONG_BOUNDS


def through_long(unit: Token) -> tuple[str, Token]:
    """The dependency and head a span of time would have without "as long as" / "longer than":
    ("dobj", waiting) for "waiting as long as five hours", ("pobj", for) for "wait for as long
    as three hours"; the unit's own otherwise."""
    bound = unit.head
    if unit.dep_ != "pobj" or bound.lower_ not in ("as", "than"):
        return unit.dep_, unit.head
    long = bound.head
    if long.lower_ not in LONG_BOUNDS or long.dep_ not in ("advmod", "pcomp", "acomp"):
        return unit.dep_, unit.head
    if long.dep_ == "pcomp":
        return "pobj", long.head  # "for as long as three hours": the "for" says how long
    return "dobj", long.head
