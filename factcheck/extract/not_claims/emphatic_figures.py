"""A hundred percent that only says "fully", and a zero that only says "none at all":
"Yeah, 100 percent.", "100 percent committed", "supports her 100 percent" (issue 11), "I am
100% convinced", "with 100 percent certainty" (hypo, session 41), "has zero knowledge of" (fp39).
Pure.

The golds (realgold3, realgold5, realgold8, realgold12, realgold14, realgold24) hold these as idioms, not
claims; a hundred percent of something ("100 percent of precincts"), a change ("rose 100
percent") or a state ("the tax is 100 percent") stays a figure, as does a count of none ("zero
deaths"). "100 percent American" and "American 100 percent" say what a person fully is
(realgold31, realgold36 golds: idioms); "a 100 percent American-owned firm" (the word goes on
to a noun) is left as a share.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    EMPHATIC_PERCENT_HEADS,
    EMPHATIC_PERCENT_NEXT,
    EMPHATIC_ZERO_PLURALS,
    PERCENT_WORDS,
    TIME_UNITS,
)

_HUNDRED_RE = re.compile(r"^(?:100|(?:one|a)[- ]hundred)$", re.IGNORECASE)


def is_emphatic_hundred_percent(doc: Doc, start: int, end: int) -> bool:
    """True if the number at tokens ``start:end`` opens a bare "100 percent" meaning "fully"."""
    if end >= len(doc) or doc[end].lower_ not in PERCENT_WORDS:
        return False
    if not _HUNDRED_RE.match("".join(t.text_with_ws for t in doc[start:end]).strip()):
        return False
    unit = doc[end]
    end += 1
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.lower_ in EMPHATIC_PERCENT_NEXT:
        return True  # "with 100 percent certainty", "100% sure"
    if _says_a_nationality(doc, start, unit, nxt):
        return True  # "was 100 percent American", "He is American 100 percent,"
    if nxt is not None and (nxt.lower_ == "of" or nxt.pos_ in ("NOUN", "PROPN")):
        return False  # "100 percent of precincts", "a 100 percent tariff"
    if unit.dep_ == "ROOT":
        # "One-hundred percent.": the figure is the whole sentence
        return all(t.is_punct or start <= t.i < end for t in unit.sent)
    head = unit.head
    return head.lemma_.lower() in EMPHATIC_PERCENT_HEADS or head.lower_ in EMPHATIC_PERCENT_HEADS


def is_emphatic_zero(doc: Doc, start: int, end: int) -> bool:
    """True if a bare "zero" before a singular noun only says "none at all": "has zero
    knowledge of", "zero military experience", "we found zero relationship", "zero
    communication skills" (realgold5 gold: idiom). A count of none names its plural ("zero
    deaths", "zero votes"), and "zero percent" is a share."""
    if end - start != 1 or doc[start].lower_ != "zero":
        return False
    zero = doc[start]
    noun = zero.head
    if zero.dep_ != "nummod" or noun.i <= zero.i or noun.lower_ in PERCENT_WORDS:
        return False
    if any(t.lower_ in PERCENT_WORDS for t in doc[start + 1 : noun.i]):
        return False  # "zero percent support"
    lemma = noun.lemma_.lower()
    return (noun.tag_ == "NN" and lemma not in TIME_UNITS) or lemma in EMPHATIC_ZERO_PLURALS


# what a nationality word is when it says what a person is: "was (100 percent) American"
_PREDICATE_DEPS = frozenset({"acomp", "attr", "conj"})


def _says_a_nationality(doc: Doc, start: int, unit: Token, nxt: Token | None) -> bool:
    """ "her son was 100 percent American", "He is American 100 percent, but ...": a hundred
    percent beside a nationality said of a person, not a share of anything."""
    if nxt is not None and nxt.ent_type_ == "NORP" and nxt.tag_ in ("JJ", "NNP"):
        return nxt.dep_ in _PREDICATE_DEPS and (
            nxt.i + 1 >= len(doc) or doc[nxt.i + 1].pos_ not in ("NOUN", "PROPN")
        )
    before = doc[start - 1] if start > 0 else None
    return (
        before is not None
        and before.ent_type_ == "NORP"
        and before.dep_ in _PREDICATE_DEPS
        and (nxt is None or nxt.is_punct)
    )
