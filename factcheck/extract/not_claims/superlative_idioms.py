""" "One of the largest", "two of the most popular": a small spelled number before "of the" and a
superlative picks out a member of a ranked set and counts nothing (gold README, idioms). Pure.

Not "nine of the most badly burned", "five of the most seriously hurt": "most" with an adverb
and a participle and no noun after names the worst-hurt people themselves, and the number
counts them (a casualty count; tests/wire2a and wire2f golds, both claims).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import NUMBER_WORDS


def is_superlative_of(doc: Doc, i: int) -> bool:
    """ "one of the largest": a small spelled number followed by "of the" + superlative."""
    token = doc[i]
    if token.lower_ not in NUMBER_WORDS or i + 2 >= len(doc):
        return False
    if _counts_the_worst_hurt(doc, i + 3) and token.lower_ != "one":
        return False  # "one of the most badly hurt" stays with the rules of a lone "one"
    return doc[i + 2].tag_ in ("JJS", "RBS") or (
        i + 3 < len(doc) and doc[i + 3].tag_ in ("JJS", "RBS")
    )


def _counts_the_worst_hurt(doc: Doc, most: int) -> bool:
    """ "(nine of the) most badly burned", "most seriously hurt": "most" or "least", an
    adverb and a participle that no noun follows (the participle is the group's head)."""
    if most + 2 >= len(doc) or doc[most].lower_ not in ("most", "least"):
        return False
    adverb, participle = doc[most + 1], doc[most + 2]
    after = doc[most + 3] if most + 3 < len(doc) else None
    return (
        adverb.tag_ == "RB"
        and participle.tag_ == "VBN"
        and (after is None or after.pos_ not in ("NOUN", "PROPN"))
    )
