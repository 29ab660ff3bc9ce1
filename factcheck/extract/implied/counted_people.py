"""Counting words that stand for victims without a figure: "the other", "a couple", "that
person"; and "neither ... nor", which counts no one. Pure.

Gold README "Implied counts" ("a man was shot and killed" = 1 killed): "One man was killed
and the other was critically injured" counts "the other" as 1 injured (realgold10 gold: "two
women on the front porch — one dead, the other critically injured"); "An elderly couple was
found dead" is 2 killed; "The mayor says that person is recovering" 1 injured (realgold14
gold). "Neither his wife nor his son was hurt" is no count (a negation on the people, not on
the verb). Read by ``implied_people.count_people`` (impl45c).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from factcheck.extract.implied.person_shapes import is_casualty_person
from factcheck.extract.lexicon import CASUALTY_PERSON_NOUNS

# "a couple", "the couple": two people; not "a couple of days" (an "of" after it)
COUPLE_WORDS = frozenset({"couple"})
_COUPLE_DETERMINERS = frozenset({"a", "an", "the", "this", "that"})
# "that person is recovering", "this man was shot": a demonstrative on one person
_DEMONSTRATIVES = frozenset({"that", "this"})
# the remaining one of a pair: "the other was wounded"
_OTHER_WORDS = frozenset({"other"})
_NEGATING_PRECONJUNCTIONS = frozenset({"neither"})


def counted_word(person: Token) -> int:
    """How many people a counting word stands for (0 if it is none of them).

    Args:
        person: a token the casualty predicate gives as its people.

    Returns:
        1 for "the other" standing alone and for "that person", 2 for "a couple"; else 0.
    """
    determiners = {c.lower_ for c in person.children if c.dep_ in ("det", "predet")}
    if _is_other_one(person, determiners):
        return 1
    if (
        person.lemma_.lower() in COUPLE_WORDS
        and person.tag_ == "NN"
        and determiners & _COUPLE_DETERMINERS
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in person.children)
    ):
        return 2
    if (
        person.tag_ == "NN"
        and determiners & _DEMONSTRATIVES
        and (person.lemma_.lower() in CASUALTY_PERSON_NOUNS or is_casualty_person(person))
    ):
        return 1
    return 0


def _is_other_one(person: Token, determiners: set[str]) -> bool:
    """ "the other" with no noun after it: the one left of a pair ("One died and the other was
    wounded"); not "the other man" (the noun counts) nor "each other"."""
    return (
        person.lower_ in _OTHER_WORDS
        and "the" in determiners
        and person.pos_ in ("ADJ", "NOUN", "PRON")
        and person.dep_ in ("nsubj", "nsubjpass", "conj", "dobj")
    )


def is_negated_list(people: Sequence[Token]) -> bool:
    """ "Neither his wife nor his son was hurt": the people are denied the harm."""
    return any(
        c.dep_ == "preconj" and c.lower_ in _NEGATING_PRECONJUNCTIONS
        for person in people
        for c in person.children
    )
