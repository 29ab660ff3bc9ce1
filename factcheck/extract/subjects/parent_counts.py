"""What a bare number after a parent noun counts: "the father of two" counts his children.

"The father of two tried to flee", "Ann Lee, 29, is a mother of three", "a grandfather of
seven": the number has no noun of its own, and the parse hangs it on "of" after the parent
noun, so the subject came out as the parent ("father"). What the number counts is the parent's
children (gold README, "subject": what is counted; realgold7, realgold10, realgold19 golds list
"children", realgold12 "grandchildren"). The subject keeps the phrase as written before the
word for the children ("father of two children"), as some golds name the parent too
("mother", "father of", "mother of three"). Not "a mom of 4 amazing boys" (the number has its
noun), "mother of 3-year-old" (an age) or "one of four" (no parent noun). Pure.
"""

from __future__ import annotations

from spacy.tokens import Span

from factcheck.extract.lexicon import PARENT_CHILDREN
from factcheck.extract.subjects.noun_phrases import NOUNS


def parent_children(figure: Span) -> str:
    """``parent of N children`` for a bare number right after a parent noun and "of", or ''.

    ``figure`` is the figure's number and unit.
    """
    doc = figure.doc
    number = figure.root
    if len(figure) != 1 or not number.like_num or number.dep_ != "pobj":
        return ""
    of = number.head
    if of.lower_ != "of" or of.i != number.i - 1 or of.i == 0:
        return ""
    parent = of.head
    children = PARENT_CHILDREN.get(parent.lemma_.lower())
    if children is None or parent.i != of.i - 1:
        return ""
    follower = doc[figure.end] if figure.end < len(doc) else None
    if follower is not None and (follower.pos_ in NOUNS or follower.text in ("-", "–")):
        return ""  # "mom of 4 boys": the noun counted; "mother of 3-year-old": an age
    return f"{parent.text} of {number.text} {children}"
