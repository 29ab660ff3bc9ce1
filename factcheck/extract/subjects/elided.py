"""Counts that leave out their noun because a parallel count just before names it (ellipsis).

"six votes for Smith, 24 for Doe", "polled 1,020 voters in Ohio and 988 in Iowa", "Texas had
the most seats, 36 in all", "Lagos had 1,210 robberies; Kano had 702": the bare count counts
what the count beside it counts.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import POINT_WORDS, TIME_UNITS

# How far a bare count climbs through the name its parallel count is for ("24" -> "Doe" ->
# "for" -> "votes").
_MAX_CLIMB = 3


def elided_count_noun(number: Token) -> Token | None:
    """The noun of the parallel count a bare count leaves out, or None.

    Only a count in a list beside it (an apposition or conjunct of the count noun, of the
    verb that takes it, or of the name that count is for) or the object of a repeated verb
    ("had 1,210 robberies; ... had 702") takes it; the caller checks the count is bare.
    """
    bracketed = number.i > 0 and number.nbor(-1).text == "("
    if number.i + 1 < len(number.doc) and number.nbor(1).tag_ in ("JJR", "RBR"):
        return None  # "in the five boroughs, 96 fewer than a year earlier": a difference
    if number.dep_ in ("appos", "conj") and not bracketed:  # not a tally "(41-37)"
        return _listed_with(number)
    if number.dep_ == "dobj" and number.head.pos_ in ("VERB", "AUX"):
        return _object_of_same_verb(number)
    return None


def _listed_with(number: Token) -> Token | None:
    head = number.head
    for _ in range(_MAX_CLIMB):
        if _is_count_noun(head, number):
            return head
        if head.pos_ == "VERB":
            # "polled 1,020 likely voters in Ohio and 988 in Iowa", "announced six votes for
            # Smith, 24 for Doe" ("for" on the verb): the verb's counted object
            objects = [c for c in head.children if c.dep_ == "dobj" and _is_count_noun(c, number)]
            return objects[0] if objects else None
        if head.dep_ not in ("pobj", "prep"):
            return None
        head = head.head  # "six votes for Smith, 24 for Doe": past "Smith" and "for"
    return None


def _object_of_same_verb(number: Token) -> Token | None:
    """ "Lagos had 1,210 robberies; Kano, which has 640,000 residents, had 702": the counted
    object of the same verb earlier in the sentence, not the nearest count."""
    verb = number.head
    lemma = verb.lemma_.lower()
    for token in reversed(number.sent[: number.i - number.sent.start]):
        noun = token.head
        if token.dep_ != "nummod" or not token.like_num or noun.dep_ != "dobj":
            continue
        other = noun.head
        if other.i == verb.i or other.lemma_.lower() != lemma or other.dep_ in ("relcl", "acl"):
            continue  # not "Kano, which has 640,000 residents, had 702"
        if _is_count_noun(noun, number):
            return noun
    return None


def _is_count_noun(noun: Token, number: Token) -> bool:
    """A plural noun before the count, counted by a number of its own or a superlative
    ("the most seats"), not a span of time ("in 13 years") or a margin ("4 points")."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.i > number.i:
        return False
    if noun.lemma_.lower() in TIME_UNITS or noun.lower_ in POINT_WORDS:
        return False
    return any((c.dep_ == "nummod" and c.like_num) or c.tag_ == "JJS" for c in noun.children)
