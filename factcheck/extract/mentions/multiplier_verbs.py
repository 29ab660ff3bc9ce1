"""Multipliers the finder read only as past tenses or after a qualifier: a verb in its base form
or gerund with the object it multiplies ("India plans to triple coal production", "he called for
doubling the caps on green cards") and the one-word multiples ("as much as fivefold", "prices
rose tenfold").

Gold README, "Multipliers and spans of time": a multiplier that asserts something checkable is
a claim (realgold31 gold "triple" = 3, realgold33 golds "doubling" = 2 and "as much as fivefold"
= 5). A base form or gerund without an object multiplies nothing named ("they double as
guards", "doubling down") and stays unread, as do the idioms of ``multiplier_idioms``, unless
its subject is what grows ("as cases triple", "losses could double": session 65). "Halve"
divides by two (tests/wiree gold "halve rations" = 0.5). Pure.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    FOLD_CHANGE_WORDS,
    FOLD_QUALIFIER_HEADS,
    FOLD_WORDS,
    MULTIPLE_WORDS,
    MULTIPLIER_OBJECT_DEPS,
    MULTIPLIER_VAGUE_HEADS,
)
from factcheck.extract.mentions.multiplier_idioms import is_multiplier_idiom

_VERB_TAGS = frozenset({"VB", "VBG"})
# "they double as guards", "it could double back": particles after a multiplier verb that make
# it no multiple of a count
_NOT_GROWTH_NEXT = frozenset({"as", "up", "back", "over", "down", "-", "–"})


def multiplies_an_object(doc: Doc, i: int) -> bool:
    """True if token ``i`` is "triple" of "to triple coal production" or "doubling" of "doubling
    the caps": a multiplier verb, base form or gerund, with a nominal object."""
    token = doc[i]
    if token.lower_ not in MULTIPLE_WORDS or is_multiplier_idiom(doc, i):
        return False  # "doubling down on his attacks"
    if token.tag_ in _VERB_TAGS:
        return any(
            child.dep_ in MULTIPLIER_OBJECT_DEPS and child.pos_ in ("NOUN", "PROPN")
            for child in token.children
        )
    # "plans to triple coal production": the tagger reads "triple" as the adjective of the noun
    # after it, but after "to" it is the verb; not "from ... to double-digit increases" or "to
    # double digits" (a compound and a vague amount, gold README)
    glued = i + 1 < len(doc) and doc[i + 1].text == "-" and not token.whitespace_
    return (
        i > 0
        and doc[i - 1].tag_ == "TO"
        and not glued
        and token.dep_ == "amod"
        and token.head.i > i
        and token.head.pos_ in ("NOUN", "PROPN")
        and token.head.lemma_.lower() not in MULTIPLIER_VAGUE_HEADS
    )


def multiplies_its_subject(doc: Doc, i: int) -> bool:
    """True if token ``i`` is "triple" of "as cases triple" or "double" of "losses could double
    once the water recedes": a present or modal multiplier verb whose subject grows, as "the
    toll tripled" (past) and "the toll triples" are read. Session 65: tests/wireg gold, both
    claims (3, 2); "they double as guards" stays unread."""
    token = doc[i]
    if token.lower_ not in MULTIPLE_WORDS or token.tag_ not in ("VB", "VBP"):
        return False
    if i + 1 < len(doc) and doc[i + 1].lower_ in _NOT_GROWTH_NEXT:
        return False
    children = list(token.children)
    if any(c.dep_ in MULTIPLIER_OBJECT_DEPS for c in children):
        return False  # "to triple coal production" is ``multiplies_an_object``
    if not any(c.dep_ == "nsubj" for c in children):
        return False
    return token.tag_ == "VBP" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in children)


def multiplied_object(token: Token) -> Token | None:
    """The noun a multiplier verb multiplies ("doubling the caps on green cards": "caps"), the
    subject of its claim, or None if ``token`` has no such object."""
    if token.lower_ not in MULTIPLE_WORDS or token.tag_ not in _VERB_TAGS:
        return None
    objects = [
        child
        for child in token.children
        if child.dep_ in MULTIPLIER_OBJECT_DEPS and child.pos_ in ("NOUN", "PROPN")
    ]
    return objects[0] if objects else None


def is_fold_word(doc: Doc, i: int) -> bool:
    """True if token ``i`` is a one-word multiple ("fivefold", "tenfold"), not glued into a
    compound ("a tenfold-larger"), which is read as written elsewhere, and measuring a change or
    qualified ("rose tenfold", "as much as fivefold"), not rhetoric ("give it back tenfold")."""
    token = doc[i]
    if token.lower_ not in FOLD_WORDS:
        return False
    if i + 1 < len(doc) and doc[i + 1].text == "-" and not token.whitespace_:
        return False
    qualified = any(t.lower_ in FOLD_QUALIFIER_HEADS for t in doc[max(0, i - 3) : i])
    return qualified or token.head.lemma_.lower() in FOLD_CHANGE_WORDS
