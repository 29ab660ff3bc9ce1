"""A further casualty who came to care on their own: "Another victim drove himself to a
hospital", "A second man later walked into Mercy Hospital", "Another person was dropped off at
the emergency room". Pure.

Local news tells the second (third ...) person hurt in a shooting this way, after the first:
nobody found them, they reached care by themselves. docs/gold-conventions.md "Ordinals" (an
indefinite ordinal that brings in one more person is the implied count of that person) and
"Vocabulary of casualty shapes" (a transfer to a hospital is 1 injured; "A gunshot victim
arrived at the hospital" is 1 shot). ``care_arrivals.py`` reads the same verbs where "with a
gunshot wound" follows; ``victim_phrases.arrived_victim`` "a gunshot victim arrived at";
``HOSPITAL_VERBS`` the passive transfer ("was taken to a hospital"). Here the person's own
words make them new: "another", an indefinite ordinal ("a second man"), or an indefinite
"victim"; the place must be one of care. The measure is "shot" for a victim (as
``arrived_victim``), "injured" for anyone else (as a transfer).

Not counted: a plain "a woman drove herself to the hospital" (no sign she is a casualty: a
birth, a crash; counted where the sentence or the one before tells of a casualty, impl56), a definite re-mention ("the victim drove himself", counted where first told),
a caregiver ("another officer went to the hospital"), a negated or modal arrival.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.casualty_context import casualty_told
from factcheck.extract.implied.person_shapes import is_age_word
from factcheck.extract.implied.victim_phrases import arrived_victim
from factcheck.extract.lexicon import (
    ARRIVAL_CARE_NOUNS,
    CAREGIVER_NOUNS,
    CASUALTY_PERSON_NOUNS,
    HARM_CONTEXT_WORDS,
    HOSPITAL_ABBREVIATIONS,
    MODAL_WORDS,
    SELF_ARRIVAL_PLACES,
    WOUND_NOUNS,
)

_REFLEXIVE_VERBS = frozenset({"drive", "take"})
_REFLEXIVES = frozenset({"himself", "herself", "themselves"})
_ORDINALS = frozenset(
    {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
)


def self_arrival(verb: Token) -> tuple[str, Token] | None:
    """(measure, person) for a new person who reached care by ``verb`` (module docstring)."""
    lemma = verb.lemma_.lower()
    preps = SELF_ARRIVAL_PLACES.get(lemma)
    if preps is None or verb.pos_ != "VERB" or arrived_victim(verb) is not None:
        return None  # "a stabbing victim arrived at": ``arrived_victim`` reads it, with its harm
    children = list(verb.children)
    if any(c.dep_ == "neg" or c.lower_ in MODAL_WORDS for c in children):
        return None
    reflexive = any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in children)
    if lemma in _REFLEXIVE_VERBS and not reflexive:
        return None  # "took the victim to a hospital": who takes is no casualty
    if lemma == "drop" and not any(c.dep_ == "auxpass" for c in children):
        return None  # "dropped her son off at the hospital": who drops is no casualty
    if not any(
        p.dep_ == "prep" and p.lower_ in preps and any(_is_care_place(o) for o in p.children)
        for p in children
    ):
        return None
    if any(w.lemma_.lower() in WOUND_NOUNS and w.head.lower_ == "with" for w in verb.subtree):
        return None  # "... to Mercy Hospital with a gunshot wound": care_arrivals.py reads it
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not (_is_new_person(subjects[0]) or _is_told_casualty(subjects[0], verb)):
        return None
    person = subjects[0]
    return ("shot" if person.lemma_.lower() == "victim" else "injured"), person


def _is_told_casualty(person: Token, verb: Token) -> bool:
    """ "Shots rang out. A 24-year-old drove himself to the hospital": an indefinite person or
    age where the sentence or the one before tells of a casualty (impl56); the plain arrival
    alone says no harm (a birth, an illness)."""
    if person.lemma_.lower() in CAREGIVER_NOUNS or not casualty_told(verb, HARM_CONTEXT_WORDS):
        return False
    if any(c.dep_ == "relcl" for c in person.children):
        return False  # "A man who police believe was shot walked in": the relative's to judge
    if is_age_word(person):
        first = person.left_edge
    elif person.pos_ == "NOUN" and person.lemma_.lower() in CASUALTY_PERSON_NOUNS:
        first = person.left_edge
    else:
        return False
    return first.lower_ in ("a", "an")


def _is_care_place(place: Token) -> bool:
    """ "a hospital", "Mercy Hospital", "the emergency room", "the ER"."""
    return place.dep_ == "pobj" and (
        place.lemma_.lower() in ARRIVAL_CARE_NOUNS or place.text in HOSPITAL_ABBREVIATIONS
    )


def _is_new_person(person: Token) -> bool:
    """ "Another victim", "another man", "a second person", "a victim": a person noun the
    words themselves make new (not a caregiver, not "the victim")."""
    lemma = person.lemma_.lower()
    if person.pos_ != "NOUN" or lemma not in CASUALTY_PERSON_NOUNS or lemma in CAREGIVER_NOUNS:
        return False
    determiners = {c.lower_ for c in person.children if c.dep_ == "det"}
    if "another" in determiners:
        return True
    indefinite = bool(determiners & {"a", "an"})
    ordinal = any(c.dep_ == "amod" and c.lower_ in _ORDINALS for c in person.children)
    return indefinite and (ordinal or lemma == "victim")
