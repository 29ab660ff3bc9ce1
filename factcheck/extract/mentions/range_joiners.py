"""The word between a range's two figures (gold README, "approx": "between X and Y", "X to Y",
"X-Y"; the tuning golds write "X or Y" as a range too). Pure."""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import RANGE_JOINERS
from factcheck.extract.mentions.ranged_from import ranges_from


def joins_a_range(doc: Doc, end: int, opener: str) -> bool:
    """True if the token at ``end``, after a figure, can join it to an upper figure: a range
    joiner; "and" only after "between"; "to" not after "from" ("rose from 5 to 7" is a
    change); a hyphen or dash only unspaced ("3-5", not "3 - 5")."""
    if end + 1 >= len(doc):
        return False
    joiner = doc[end].lower_
    if joiner not in RANGE_JOINERS:
        return False
    if joiner == "and" and opener != "between":
        return False
    if joiner == "to" and opener == "from" and not ranges_from(doc, end):
        return False  # not "ranged from 5,000 to 40,000 euros" (ranged_from)
    return not (joiner in ("-", "–", "—") and (doc[end - 1].whitespace_ or doc[end].whitespace_))
