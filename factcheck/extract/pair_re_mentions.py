"""A pair named again: "the two candidates", "our two countries" (issue 11). Pure.

"two" between a definite determiner and a noun that names the sides of a pair already in the
text picks them out again; it counts nothing checkable (realgold3, realgold12, realgold14,
realgold19, realgold20 golds: "anaphoric count").
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import PAIR_RE_MENTION_DETERMINERS, PAIR_RE_MENTION_NOUNS


def is_pair_re_mention(doc: Doc, start: int, end: int) -> bool:
    """True if tokens ``start:end`` are the "two" of "the two candidates", "our two nations"."""
    if end - start != 1 or start == 0 or end >= len(doc):
        return False
    token, prev, noun = doc[start], doc[start - 1], doc[end]
    return (
        token.lower_ == "two"
        and prev.lower_ in PAIR_RE_MENTION_DETERMINERS
        and noun.tag_ == "NNS"
        and noun.lemma_.lower() in PAIR_RE_MENTION_NOUNS
        and token.head.i == noun.i
    )
