"""A new victim found: "later found a fourth victim in a ditch", "A fifth victim was later
found down the street" is 1 shot. Pure.

The noun "victim" says the harm and the article "a"/"another" that the person is new (gold
README "Implied counts"; realgold10, realgold12 golds). Not a victim named again ("found the
victim"), nor a figure ("found three victims": the figure is the claim).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.implied_people import is_indefinite
from factcheck.extract.lexicon import (
    CASUALTY_PERSON_MEASURES,
    FATAL_MODIFIERS,
    FATAL_VICTIM_COMPOUNDS,
    FIND_VERBS,
)


def found_victim(verb: Token) -> tuple[str, Token] | None:
    """(measure, person) when ``verb`` finds a new victim, else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in FIND_VERBS:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    dep = "nsubjpass" if passive else "dobj"
    for person in verb.children:
        measure = CASUALTY_PERSON_MEASURES.get(person.lemma_.lower())
        if person.dep_ == dep and measure and person.pos_ == "NOUN" and is_indefinite(person):
            if any(c.dep_ == "amod" and c.lower_ in FATAL_MODIFIERS for c in person.children):
                measure = "killed"  # "found a deceased victim"
            if any(
                c.dep_ == "compound" and c.lemma_.lower() in FATAL_VICTIM_COMPOUNDS
                for c in person.children
            ):
                measure = "killed"  # "found a homicide victim" (implvoc)
            return measure, person
    return None
