""" "Said Ana Diaz, a 46-year-old mother of four": the family of a quoted witness (session 73).
Pure.

A parent noun with a bare number after "of" ("a mother of four", "a father of three") that
describes the person giving an account ("..., said Ana Diaz, a mother of four", "says the
52-year-old mother of five", "A father of three who asked not to be named said ...") only
introduces the witness; the wire golds write it as a not-claim ("family descriptor"): 10 sets
(wireo, wirey, wire2h, wire2m, wire2p, wire2q, wire2t, wire2w, wire2x, wire2y), none against
(docs/gold-conventions.md, "A witness's family"). Not a parent who is no speaker: a victim
("The father of two tried to flee", "the nurse and mother of two was shot": realgold7,
realgold10, realgold19 claims, ``parent_counts``), nor a number with its own noun ("a mom of
4 boys") or an age ("mother of 3-year-old").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import PARENT_CHILDREN, REPORTING_VERBS

# How a description hangs on the person it describes: "Ana Diaz, a mother of four",
# "a domestic worker and mother of five"
_DESCRIBING_DEPS = ("appos", "conj")


def is_witness_family(doc: Doc, start: int, end: int) -> bool:
    """True if the number at ``start:end`` is the N of "a parent of N" describing the speaker
    of a reporting verb: "said Ana Diaz, a 46-year-old mother of four"."""
    if end - start != 1:
        return False
    number = doc[start]
    if not number.like_num or number.dep_ != "pobj" or start < 2:
        return False
    of, parent = doc[start - 1], doc[start - 2]
    if number.head.i != of.i or of.lower_ != "of":
        return False
    if of.head.i != parent.i and not (parent.dep_ == "conj" and of.head.i == parent.head.i):
        return False  # "a cleaner and mother of two": "of" hangs on the first description
    if parent.lemma_.lower() not in PARENT_CHILDREN:
        return False
    follower = doc[end] if end < len(doc) else None
    if follower is not None and (follower.pos_ in ("NOUN", "PROPN") or follower.text in ("-", "–")):
        return False  # "a mom of 4 boys": the noun counted; "mother of 3-year-old": an age
    return _is_speaker(parent)


def _is_speaker(noun: Token) -> bool:
    """The noun, or the person it describes, is the subject of a reporting verb."""
    person = noun
    for _ in range(3):
        if person.dep_ not in _DESCRIBING_DEPS:
            break
        person = person.head
    return person.dep_ == "nsubj" and person.head.lemma_.lower() in REPORTING_VERBS
