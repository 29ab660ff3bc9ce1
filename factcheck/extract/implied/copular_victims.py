"""People said to be the victims by "be" (session 45, gva3). Pure.

"The other homicide victims were her father and her sister", "Police say Ann Lee and her
friend were innocent victims", "Family says victims were husband and child of woman": the
people on the other side of "were" from a plural "victims" are the casualties, one claim over
them (gold README "Implied counts"; the tuning golds count each of these shapes as 2). Only two
or more countable people: a singular "The victim was a 45-year-old man" restates one already
counted, and "The victims were teenagers" or "... were 19 and 22" count no one here.

The measure is the one the victims' own modifier says ("homicide victims": killed), else
"shot", what a shooting's victims had in common; the count's noun is "victims".
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.implied_people import with_conjuncts
from factcheck.extract.lexicon import (
    CASUALTY_PERSON_MEASURES,
    CASUALTY_PERSON_NOUNS,
    HEADLINE_VICTIM_MODIFIERS,
)

# the people on either side of "were"
_SIDES = {"nsubj": "attr", "attr": "nsubj"}


def copular_victims(victims: Token) -> tuple[str, list[Token]] | None:
    """(measure, people) where the plural ``victims`` is joined by "be" to two or more
    people; else None."""
    if victims.lemma_.lower() != "victim" or victims.tag_ != "NNS":
        return None
    if victims.dep_ not in _SIDES or victims.head.lemma_.lower() != "be":
        return None
    verb = victims.head
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    others = [c for c in verb.children if c.dep_ == _SIDES[victims.dep_]]
    if len(others) != 1:
        return None
    people = with_conjuncts(others[0])
    if len(people) < 2 or not all(_is_person(p) for p in people):
        return None  # "The victims were teenagers": a description, no list
    measure = next(
        (
            HEADLINE_VICTIM_MODIFIERS[c.lower_]
            for c in victims.children
            if c.dep_ in ("amod", "compound") and c.lower_ in HEADLINE_VICTIM_MODIFIERS
        ),
        CASUALTY_PERSON_MEASURES["victim"],
    )
    return measure, people


def _is_person(token: Token) -> bool:
    """A singular person noun ("husband", "her friend") or a person's name."""
    return (
        token.lemma_.lower() in CASUALTY_PERSON_NOUNS
        and token.tag_ == "NN"
        or token.ent_type_ == "PERSON"
        or token.pos_ == "PROPN"
    )
