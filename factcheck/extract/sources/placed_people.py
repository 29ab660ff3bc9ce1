"""Unnamed people named by a place or a nationality: anonymous.

"Traders in Port Harcourt's main market said ...", "Dutch farmers say ...", "three ship
brokers in Rotterdam said ...": a plural noun of people whose only names are places or
nationalities names no one, and no institution either (gold README, "Source kinds": unnamed
people -> anonymous). The tagger's place or nationality inside such a phrase used to make it
named_org, as "Ukrainian ministry" would be.

Not people of a named body ("analysts at Sandgate Research", kind_cues.of_a_named_body: the
dev and real golds give them the body's named_org, the wire golds anonymous; annotators split,
left as it was), nor a body's words ("Kenyan authorities", ORG_HEADS).

Evidence: the wire tuning golds, four sets by four writers (wiree market traders, wireg
farmers, wirek bank economists in a city, wirep insurance brokers in a city). Pure.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import (
    ANONYMOUS_HEADS,
    CASUALTY_PERSON_NOUNS,
    ORG_HEADS,
    PLACE_ENTITY_LABELS,
    SPEAKING_PEOPLE_NOUNS,
)
from factcheck.extract.sources.kind_cues import of_a_named_body
from factcheck.extract.sources.phrase_edges import without_place


def people_of_a_place(span: Span, head: Token) -> bool:
    """``span`` names unnamed people (a plural person noun at its head) whose only entities
    are places or nationalities, or stand in the place it says they are ("in X")."""
    word = head.lemma_.lower()
    if head.pos_ != "NOUN" or head.tag_ != "NNS" or word in ORG_HEADS:
        return False
    if not (
        word in CASUALTY_PERSON_NOUNS or word in ANONYMOUS_HEADS or word in SPEAKING_PEOPLE_NOUNS
    ):
        return False
    if of_a_named_body(head):
        return False
    named = without_place(span, head)  # "in Freetown's main market": where, whatever the tag
    return all(not t.ent_type_ or t.ent_type_ in PLACE_ENTITY_LABELS for t in named if t != head)
