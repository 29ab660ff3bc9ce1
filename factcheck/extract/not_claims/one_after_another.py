"""A succession: "one industrial park after another", "from one contest to the next" (issue
11). Pure.

"lies one industrial park after another", "as one agency after another has seemed ready",
"lurched from one contest to the next", "return of all individuals from one country to
another": the "one" walks through many things in turn and counts nothing (gold README: idioms
are not claims), as "one another" does. "another" must stand alone: in "one day after another
shooting" it is the next noun's determiner and the "one" is read by the other rules.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import SUCCESSION_ENDS, SUCCESSION_JOINERS


def is_one_after_another(doc: Doc, start: int, end: int) -> bool:
    """True if tokens ``start:end`` are the "one" of "one X after another", "from one X to
    the next"."""
    if end - start != 1 or doc[start].lower_ != "one":
        return False
    token = doc[start]
    noun = token.head
    if token.dep_ != "nummod" or noun.i <= start or not _compound_run(token, noun):
        return False
    joiner = noun.i + 1
    if joiner + 1 >= len(doc) or doc[joiner].lower_ not in SUCCESSION_JOINERS:
        return False
    if doc[joiner].lower_ == "to" and (start == 0 or doc[start - 1].lower_ != "from"):
        return False  # "one ... to another" only after "from"
    other = joiner + 1
    if doc[other].lower_ == "the" and other + 1 < len(doc):
        other += 1  # "to the next", "after the other"
    if doc[other].lower_ not in SUCCESSION_ENDS:
        return False
    return other + 1 >= len(doc) or not _opens_a_noun(doc[other + 1])


def _compound_run(token: Token, noun: Token) -> bool:
    """ "one industrial park": only modifiers of the noun stand between "one" and it."""
    return all(t.head.i == noun.i or t.head.i > t.i for t in token.doc[token.i + 1 : noun.i])


def _opens_a_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
