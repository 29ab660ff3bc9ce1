"""A percentage after "top" is a share of a group, not a rank: "the top 1 percent of
earners took in half the gains" (gold README, "Shares"); "the top two" stays a rank."""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import PERCENT_WORDS


def is_top_share(doc: Doc, end: int) -> bool:
    """The number ending before token ``end`` is followed by a percent word."""
    return end < len(doc) and doc[end].lower_ in PERCENT_WORDS
