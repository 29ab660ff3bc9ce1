""" "One of the largest", "two of the most popular": a small spelled number before "of the" and a
superlative picks out a member of a ranked set and counts nothing (gold README, idioms). Pure.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import NUMBER_WORDS


def is_superlative_of(doc: Doc, i: int) -> bool:
    """ "one of the largest": a small spelled number followed by "of the" + superlative."""
    token = doc[i]
    if token.lower_ not in NUMBER_WORDS or i + 2 >= len(doc):
        return False
    return doc[i + 2].tag_ in ("JJS", "RBS") or (
        i + 3 < len(doc) and doc[i + 3].tag_ in ("JJS", "RBS")
    )
