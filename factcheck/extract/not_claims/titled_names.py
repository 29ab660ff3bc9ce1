"""A number inside a title-case name that opens with a capital preposition: "Forbes' Under 30
Summit", "Under 70 Auto Sales" (issue 11). Pure.

Gold README: numbers inside names are not claims (realgold3, realgold12 golds: no claim). A
headline in title case ("Unemployment Falls Under 5 Percent") is no name: the word before
"Under" is title case too, or the number takes a unit.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import NAME_OPENING_PREPOSITIONS, PERCENT_WORDS


def is_in_titled_name(doc: Doc, start: int, end: int) -> bool:
    """True if the number at tokens ``start:end`` sits in a name like "Under 30 Summit"."""
    if start < 2 or end >= len(doc):
        return False
    opener, before, nxt = doc[start - 1], doc[start - 2], doc[end]
    return (
        opener.text in NAME_OPENING_PREPOSITIONS
        and not opener.is_sent_start
        and not before.is_title
        and nxt.pos_ == "PROPN"
        and nxt.is_title
        and nxt.lower_ not in PERCENT_WORDS
    )
