"""Several unnamed people are no named person: "Forecasters warned ...", "Doctors at the
district hospital in Katpur say ...", "Residents of the districts of Malir and Orangi said ...",
"The mission's commanders said ...".

The tagger reads a capitalised plural at a sentence's start ("Forecasters", "Doctors") or a
place in the phrase ("in Katpur", "of Malir and Orangi") as a person, and a role word that names
one person in the singular ("commander") stays a role in the plural; either made the phrase
named_person. A plural common noun for people names several unnamed people (gold README,
"Source kinds": unnamed people -> anonymous; a person named, or a unique role -> named_person).

Not a phrase with a person's name outside a place phrase ("supporters of Ann Lee" keeps its
reading), nor a body's word ("prosecutors", "police": named_org by their own rules).

Evidence: four wire tuning sets by four writers give such phrases anonymous (tests/wirek k_2
commanders, wirel l_3 doctors at a hospital in a town, wireo o_2 forecasters, wirev v_1
residents of two neighbourhoods). Pure.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import (
    ANONYMOUS_HEADS,
    ORG_HEADS,
    SPOKESPERSON_HEADS,
    UNIQUE_ROLE_HEADS,
)
from factcheck.extract.lexicon.source_kinds import SPEAKING_PEOPLE_NOUNS

_PEOPLE_HEADS = ANONYMOUS_HEADS | SPEAKING_PEOPLE_NOUNS | UNIQUE_ROLE_HEADS | SPOKESPERSON_HEADS
# Prepositions that say where people are or which place they come from.
_PLACE_PREPS = frozenset({"in", "at", "of", "from", "near"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})


def several_unnamed_people(span: Span, head: Token) -> bool:
    """``span`` (headed by ``head``) names several unnamed people: a plural common noun for
    people whose only person-tags are the head itself or names inside a place phrase after it
    ("in Katpur", "of Malir and Orangi"), and, for a role word ("commanders"), no name at all."""
    word = head.lemma_.lower()
    if head.pos_ != "NOUN" or head.tag_ != "NNS" or word not in _PEOPLE_HEADS:
        return False
    if word in ORG_HEADS or head.lower_ in ORG_HEADS:
        return False
    named = [t for t in span if t.ent_type_ in _NAME_LABELS and t.i != head.i]
    if word in UNIQUE_ROLE_HEADS | SPOKESPERSON_HEADS and word not in ANONYMOUS_HEADS:
        return not named  # "The mission's commanders", not "Hamas commanders"
    if not any(t.ent_type_ == "PERSON" for t in span):
        return False  # the classifier's other rules read it
    return all(t.ent_type_ != "PERSON" or _in_a_place_phrase(t, head) for t in named)


def _in_a_place_phrase(token: Token, head: Token) -> bool:
    """``token`` lies in a prepositional phrase of place after ``head`` ("in Katpur")."""
    node = token
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.lower_ in _PLACE_PREPS and node.head.i > head.i:
            return True
        node = node.head
    return False
