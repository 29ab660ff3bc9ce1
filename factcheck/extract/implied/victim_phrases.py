"""A "victim" that says what happened: "A woman was the victim of a fatal shooting" (killed), "A
man fell victim to a shooting" (shot), "A homicide victim was identified as ..." (killed), "A
gunshot victim arrived at the hospital" (a new victim, as "found a gunshot victim": 1 shot).
Pure.

Gathered from the vocabulary rounds (vocab37 ``casualty_vocab2.py``, implvoc
``casualty_vocab7.py``). Not counted: "a victim of fraud", "the victim arrived" (named again),
"a victim arrived at the courthouse" (no care).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.implied_people import is_indefinite
from factcheck.extract.lexicon import (
    ARRIVAL_CARE_NOUNS,
    ARRIVAL_VERBS,
    CASUALTY_PERSON_MEASURES,
    CASUALTY_PERSON_NOUNS,
    FATAL_VICTIM_COMPOUNDS,
    MODAL_WORDS,
    VICTIM_EVENT_NOUNS,
)


def arrived_victim(verb: Token) -> Token | None:
    """The new victim who came to care: "A gunshot victim arrived at the hospital", "a
    stabbing victim walked into Mercy Hospital", "A victim showed up at a clinic"; not "the
    victim arrived" (named again), "a victim arrived at the courthouse"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ARRIVAL_VERBS:
        return None
    if any(c.dep_ == "neg" or c.lower_ in MODAL_WORDS for c in verb.children):
        return None
    places = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("at", "into", "to")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if not any(o.lemma_.lower() in ARRIVAL_CARE_NOUNS for o in places):
        return None
    for person in verb.children:
        if (
            person.dep_ == "nsubj"
            and person.pos_ == "NOUN"
            and person.lemma_.lower() in CASUALTY_PERSON_MEASURES
            and is_indefinite(person)
        ):
            return person
    return None


# the modifiers that make a victim's shooting or stabbing a killing: "the victim of a fatal
# shooting"
_FATAL_EVENT_MODIFIERS = frozenset({"fatal", "deadly"})


# the verbs that make their subject the victim after them: "was the victim of", "became the
# latest victim of", "fell victim to"
_VICTIM_LINKS = {"be": "of", "become": "of", "fall": "to"}


# where a victim named by a killing stands as a new person: "A homicide victim was found",
# "police identified a murder victim"
_VICTIM_PLACES = frozenset({"nsubj", "nsubjpass", "dobj"})


def victim_of_event(link: Token) -> tuple[str, list[Token]] | None:
    """(measure, [subject]) for "A woman was the victim of a fatal shooting" (killed), "A man
    fell victim to a shooting" (shot), "A teen became the victim of a stabbing" (injured): the
    subject of a verb that makes it a victim of a casualty event (not "the victim of fraud",
    "of gun violence", "was not the victim of a shooting")."""
    prep = _VICTIM_LINKS.get(link.lemma_.lower())
    if prep is None or link.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "neg" for c in link.children):
        return None
    subjects = [c for c in link.children if c.dep_ == "nsubj"]
    victims = [c for c in link.children if c.dep_ in ("attr", "dobj") and c.lower_ == "victim"]
    if not subjects or not victims:
        return None
    # "was the victim of a shooting" hangs "of" on the victim; "fell victim to" on the verb
    preps = [c for t in (victims[0], link) for c in t.children if c.dep_ == "prep"]
    events = [o for p in preps if p.lower_ == prep for o in p.children if o.dep_ == "pobj"]
    if not events:
        return None
    event = events[0]
    measure = VICTIM_EVENT_NOUNS.get(event.lemma_.lower())
    if measure is None:
        return None
    if measure != "killed" and any(c.lower_ in _FATAL_EVENT_MODIFIERS for c in event.children):
        measure = "killed"
    return measure, [subjects[0]]


def fatal_victim(victim: Token) -> bool:
    """ "A homicide victim was identified", "found a murder victim in the woods": a new victim
    the compound before it says was killed (not "the murder victim", a re-mention, nor "a
    murder victim's advocate", an owner)."""
    if victim.lemma_.lower() != "victim" or victim.dep_ not in _VICTIM_PLACES:
        return False
    if not is_indefinite(victim):
        return False
    return any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in FATAL_VICTIM_COMPOUNDS
        for c in victim.children
    )


def is_victim_person(token: Token) -> bool:
    """A person noun a victim link may count (a name is the caller's to check)."""
    return token.lemma_.lower() in CASUALTY_PERSON_NOUNS or token.pos_ == "PROPN"
