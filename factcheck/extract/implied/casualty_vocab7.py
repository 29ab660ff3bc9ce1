"""Ordinary local-news casualty words, seventh round (implvoc, session 48). Pure.

docs/gold-conventions.md "Vocabulary of casualty shapes (session 29)": words a local crime
reporter writes for a killing, a shooting or a wound that the earlier rounds did not know, each
an implied count as the gold README's "a man was shot and killed" = 1 killed:

- "A man was beaten to death", "was strangled to death", "bludgeoned to death with a hammer"
  (killed): a verb of violence with "to death" (not "bored to death", "scared to death");
- "A woman was the victim of a fatal shooting" (killed), "A man fell victim to a shooting"
  (shot): the event a person was the victim of says the measure (not "a victim of fraud");
- "A homicide victim was identified as ..." (killed): a victim named by a killing;
- "A man took a bullet to the leg", "caught a round in the shoulder" (shot): a person receives a
  bullet in a part of the body (not "took a bullet for the team");
- "A teen was slain near the park": the parse reads "slain" after "was" as the copula's
  complement; its subject is the passive's;
- "A man's body was found in the river", "discovered a woman's body" (killed): the owner of a
  body found, as "the body of a man" is (casualty_vocab4.py; not "the man's body was found",
  a re-mention, nor "a woman's body language").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.implied_people import is_indefinite
from factcheck.extract.lexicon import (
    BODY_PARTS,
    BULLET_TAKING_VERBS,
    CASUALTY_PERSON_NOUNS,
    DEATH_MANNER_VERBS,
    FATAL_VICTIM_COMPOUNDS,
    FIND_VERBS,
    REMAINS_NOUNS,
    TAKEN_GUNFIRE_NOUNS,
    VICTIM_EVENT_NOUNS,
)

# the modifiers that make a victim's shooting or stabbing a killing: "the victim of a fatal
# shooting"
_FATAL_EVENT_MODIFIERS = frozenset({"fatal", "deadly"})
# the verbs that make their subject the victim after them: "was the victim of", "became the
# latest victim of", "fell victim to"
_VICTIM_LINKS = {"be": "of", "become": "of", "fall": "to"}
# where a victim named by a killing stands as a new person: "A homicide victim was found",
# "police identified a murder victim"
_VICTIM_PLACES = frozenset({"nsubj", "nsubjpass", "dobj"})


def beaten_to_death(verb: Token) -> bool:
    """ "A man was beaten to death", "strangled her to death": a verb of violence whose result
    is "to death" (not "was beaten by the incumbent", "was bored to death")."""
    if verb.lemma_.lower() not in DEATH_MANNER_VERBS or verb.pos_ != "VERB":
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(o.dep_ == "pobj" and o.lower_ == "death" for o in c.children)
        for c in verb.children
    )


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


def took_bullet(verb: Token) -> bool:
    """ "A man took a bullet to the leg", "caught a round in the shoulder": the subject was shot
    (a part of the body after "to" or "in"; not "took a bullet for the team", "took a shot at
    the mayor")."""
    if verb.lemma_.lower() not in BULLET_TAKING_VERBS or verb.pos_ != "VERB":
        return False
    shots = [c for c in verb.children if c.dep_ == "dobj"]
    if not shots or shots[0].lemma_.lower() not in TAKEN_GUNFIRE_NOUNS:
        return False
    places = [c for t in (verb, shots[0]) for c in t.children if c.dep_ == "prep"]
    return any(
        p.lower_ in ("to", "in") and any(o.lemma_.lower() in BODY_PARTS for o in p.children)
        for p in places
    )


def misread_passive(verb: Token) -> Token | None:
    """The "be" of "A teen was slain near the park", where the parse makes the participle the
    copula's complement (acomp) rather than the passive's verb: its subject is the one the
    participle happened to."""
    if verb.dep_ != "acomp" or verb.tag_ != "VBN":
        return None
    head = verb.head
    if head.lemma_.lower() != "be" or not any(c.dep_ == "nsubj" for c in head.children):
        return None
    return head


def is_victim_person(token: Token) -> bool:
    """A person noun a victim link may count (a name is the caller's to check)."""
    return token.lemma_.lower() in CASUALTY_PERSON_NOUNS or token.pos_ == "PROPN"


def owned_body(body: Token) -> list[Token]:
    """The new person whose body is found: "A man's body was found in the river", "Police
    discovered a woman's body in a field" (not "the man's body", named again; "a woman's body
    language", a compound; "a body of work")."""
    if body.lemma_.lower() not in REMAINS_NOUNS or body.pos_ != "NOUN":
        return []
    if any(c.dep_ in ("amod", "compound") for c in body.children):
        return []
    if body.dep_ not in ("dobj", "nsubjpass") or body.head.lemma_.lower() not in FIND_VERBS:
        return []
    owners = [c for c in body.children if c.dep_ == "poss"]
    return owners[:1] if owners and is_indefinite(owners[0]) else []
