"""Common nouns that speak for a body: a definite description of an institution ("The retailer
said it would close 40 stores", "the school district said") and a record a named body keeps,
also after "a" ("a police report says", "an arrest affidavit says"); and a news outlet's
one-word name the tagger reads as a person's ("according to Politico").

Notes:
    Gold README, "Source kinds": an institution or named group -> named_org ("the health
    ministry"); docs/gold-conventions.md, "Documents 'by' an organisation": the organisation
    written before the document's noun makes it that organisation's ("the X Institute survey"),
    named_org. Before these rules such phrases fell through the classifier to anonymous, a kind
    the README keeps for unnamed people and unspecified sources. "A local school", "a report"
    and "a media report" name no body and stay anonymous.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    BODY_COMPOUNDS,
    INSTITUTION_HEADS,
    OFFICIAL_RECORD_HEADS,
    OUTLET_NAMES,
    RECORD_KEEPER_WORDS,
)

_DEFINITE = frozenset({"the", "this", "that"})


def definite_institution(head: Token) -> bool:
    """ "The retailer", "the district", "its clinic": one body's common noun, singular, with a
    definite determiner or an owner; not "a retailer" nor "retailers"."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in INSTITUTION_HEADS:
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in head.lefts)


def named_by_its_compound(head: Token) -> bool:
    """ "The coast guard", "City hall", "Rights body", "think tank": a body's two-word name
    whose head alone names none (BODY_COMPOUNDS), however determined; not "a security guard"."""
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return False
    word = head.lower_
    return any(
        c.dep_ in ("compound", "amod") and c.i == head.i - 1 and (c.lower_, word) in BODY_COMPOUNDS
        for c in head.lefts
    )


def kept_by_a_body(head: Token) -> bool:
    """ "a police report", "a court filing", "an autopsy report", "a police news release": a
    body's word written before the document names whose record it is; "an arrest affidavit", "a news release": a record
    only a body makes, whoever the text says made it."""
    if head.lemma_.lower() in OFFICIAL_RECORD_HEADS:
        return True
    return any(  # also a word on a modifier: "a police news release", "a county jail log"
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in RECORD_KEEPER_WORDS
        for c in head.doc[head.left_edge.i : head.i]
    )


def outlet_name(head: Token) -> bool:
    """ "according to Politico", "Breitbart reported": a news outlet's or pollster's one-word
    name, written as a name, whatever entity the tagger gives it."""
    return head.pos_ == "PROPN" and head.lower_ in OUTLET_NAMES and not head.is_lower
