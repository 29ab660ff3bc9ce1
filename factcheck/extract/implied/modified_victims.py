"""People a modifier says were hurt or killed: "officers found an injured girl and an injured
woman" (2 injured), "to help an injured man", "The dead man is identified as ..." (1 killed).
Pure.

The gold README's implied counts; realgold16 and realgold20 golds count a new person brought
in by "an injured"/"a wounded" (the list as one claim), realgold16 "the dead man" where the
article names him. The definite "the injured woman" is ``is_casualty_modifier``'s; here only
what it leaves: the indefinite, and "dead" before its noun (indefinite only where the person is
found: "A dead man was found in a field", imp62). Not a figure ("two injured men"),
not a thing ("an injured knee"), not an owner ("the dead man's sister"), except a new person
"slain", "murdered" or "deceased" (FATAL_INDEFINITE_MODIFIERS) named by those left behind or by
the killing (MOURNER_NOUNS: "the family of a murdered woman", "a slain teen's mother", "the
killer of a slain man": killed; implvoc2).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.implied_people import is_indefinite
from factcheck.extract.lexicon import (
    CASUALTY_PERSON_NOUNS,
    FATAL_INDEFINITE_MODIFIERS,
    FIND_VERBS,
    HURT_MODIFIERS,
    MOURNER_NOUNS,
)

_PLACES = ("nsubj", "nsubjpass", "dobj", "pobj")


def modified_people(token: Token) -> tuple[str, list[Token]] | None:
    """(measure, people) when ``token`` is a modifier saying its people were hurt or killed."""
    if token.dep_ != "amod" or token.head.i < token.i or not _person(token.head):
        return None
    person = token.head
    owned = person.dep_ == "poss" or person.dep_ == "pobj" and person.head.lower_ == "of"
    if owned and token.lower_ in FATAL_INDEFINITE_MODIFIERS and _kin_of(person):
        # "the family of a murdered woman", "a slain teen's mother" (implvoc2): the one
        # killed, named by those left behind
        return ("killed", [person]) if is_indefinite(person) else None
    if person.dep_ not in _PLACES or owned:
        return None
    if any(c.dep_ == "nummod" for c in person.children):
        return None  # "two injured men": the figure is the claim
    if token.lower_ == "dead":
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in person.children)
        conj = any(c.dep_ == "conj" for c in person.children)
        if conj:
            return None
        # "A dead man was found in a field", "deputies discovered a dead woman": a new person
        # found dead (imp62), as "a man was found dead"
        found = person.dep_ in ("nsubjpass", "dobj") and person.head.lemma_.lower() in FIND_VERBS
        return ("killed", [person]) if definite or found and is_indefinite(person) else None
    if token.lower_ in FATAL_INDEFINITE_MODIFIERS and is_indefinite(person):
        # "Friends remembered a slain teen", "police found a deceased man" (implvoc): killed
        return "killed", [person]
    if token.lower_ not in HURT_MODIFIERS or not is_indefinite(person):
        return None
    # "an injured 4-year-old girl and an injured 25-year-old woman": one claim for the pair
    people = [person]
    for other in person.children:
        if other.dep_ == "conj" and _person(other) and is_indefinite(other):
            if any(c.dep_ == "amod" and c.lower_ in HURT_MODIFIERS for c in other.children):
                people.append(other)
    return "injured", people


def _kin_of(person: Token) -> bool:
    """ "the family of a slain teen", "the father of a murdered woman", "a slain man's
    sister", "the funeral of a slain officer": ``person`` is owned by one of MOURNER_NOUNS, kin
    or mourners or what the killing left ("the killing of a slain man" too; not "a slain man's
    dog")."""
    owner = person.head.head if person.dep_ == "pobj" else person.head
    return owner.lemma_.lower() in MOURNER_NOUNS


def _person(token: Token) -> bool:
    return (
        token.tag_ == "NN"
        and token.pos_ == "NOUN"
        and token.lemma_.lower() in CASUALTY_PERSON_NOUNS
    )
