"""Ordinary local-news casualty shapes, third round (vocab38, session 30). Pure.

docs/gold-conventions.md "Vocabulary of casualty shapes (session 29)": "A 3-year-old is fighting
for his life after a shooting" (the person is hurt, as "in critical condition": 1 injured);
"Police found a man and a woman dead", "left Ann Lee, 61, and Tom Lee, 10, dead" where the parse
hangs the trailing "dead" on the last person only (the whole coordination is killed: 2); "Both
the suspect and the child were taken to a hospital" where the parse makes each person a subject
of its own (both are counted: 2); "Police found a 22-year-old dead" where the parse reads "dead" as
a noun (each age killed); "An 18-year-old man's back was grazed by a bullet", "had his left leg
grazed by a bullet" (the owner of the part shot); "located another person lying wounded" (1
injured). Not counted: "fighting for his political life", "the firm is
fighting for its life", "found a man dead and a woman hurt" (the second has its own state),
"found two men and a woman dead" (the figure is its own claim, as the realgold10 gold has it),
"His arm was grazed by a bullet" (no owner named in the clause), "lying in wait".
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.dependents import prep_objects
from factcheck.extract.implied.implied_people import with_conjuncts
from factcheck.extract.implied.person_shapes import is_age_word, is_person_or_age
from factcheck.extract.lexicon import (
    BODY_PARTS,
    FIND_VERBS,
    GUNFIRE_NOUNS,
    HURT_STATE_WORDS,
    IMPACT_VERBS,
    LEFT_DEAD_VERBS,
    LIFE_FIGHT_VERBS,
    LIFE_NOUNS,
    PERSON_POSSESSIVES,
)


def fights_for_life(verb: Token) -> list[Token]:
    """The people a "fighting for his life" says are critically hurt: "A 3-year-old is fighting
    for his life", "Two men are fighting for their lives", "A boy was left fighting for his
    life", "a teen fighting for her life at Mercy Hospital" (not "fighting for his political
    life", "fighting for its life", "fighting for the life of the club")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in LIFE_FIGHT_VERBS:
        return []
    lives = [o for o in prep_objects(verb, "for") if o.lemma_.lower() in LIFE_NOUNS]
    if not lives or not any(
        c.dep_ == "poss" and c.lower_ in PERSON_POSSESSIVES for c in lives[0].children
    ):
        return []
    if any(c.dep_ in ("amod", "compound", "case") for c in lives[0].children):
        return []  # "his political life", "his life's work"
    people = [c for c in verb.children if c.dep_ == "nsubj"]
    if not people and verb.dep_ == "xcomp":
        # "A boy was left fighting for his life": the subject of "was left"
        people = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif not people and verb.dep_ == "acl" and verb.tag_ == "VBG":
        people = [verb.head]  # "a teen fighting for her life"
    if not people or not is_person_or_age(people[0]):
        return []
    return with_conjuncts(people[0])


def dead_coordination(state: Token) -> list[Token]:
    """The people a trailing "dead" is said of, where the parse hangs it on the last of them:
    "found a man and a woman dead" ("dead" on "woman"), "left Ann Lee, 61, and Tom Lee, 10,
    dead", "found a woman and a man, both dead": every person of the object's coordination before "dead". Only the noun it hangs on
    where the coordination holds a figure ("two men and a woman": the figure is its own claim)
    or is not an object."""
    person = state.head
    first = person
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    if first.dep_ != "dobj":
        return [person]
    people = [p for p in with_conjuncts(first) if p.i < state.i]
    if (
        len(people) < 2
        or person not in people
        or any(c.dep_ == "nummod" and c.i < p.i for p in people for c in p.children)
    ):
        return [person]
    return people


def joined_subjects(verb: Token, deps: tuple[str, ...]) -> list[Token]:
    """Every subject of ``verb`` joined by "and", where the parse gives each its own arc ("Both
    the suspect and the minor child were taken to a hospital": two passive subjects); the first
    alone where there is one."""
    subjects = [c for c in verb.children if c.dep_ in deps and c.i < verb.i]
    if len(subjects) < 2:
        return subjects
    first, second = subjects[0], subjects[1]
    joined = any(
        c.dep_ == "cc" and c.lower_ == "and" and first.i < c.i < second.i for c in first.children
    )
    return subjects[:2] if joined else subjects[:1]


def aged_dead(dead: Token) -> list[Token]:
    """The ages a found or left "dead" is said of, where the parse reads "dead" as a noun with
    the ages as its modifiers: "Police found a 22-year-old dead inside a car", "found the
    13-year-old and 6-year-old dead", "The shooting left a 19-year-old dead" (each age is one
    person killed; not "the dead" alone, "found the 13-year-old's dog dead")."""
    if dead.lower_ != "dead" or dead.pos_ != "NOUN" or dead.dep_ != "dobj":
        return []
    if dead.head.lemma_.lower() not in FIND_VERBS | LEFT_DEAD_VERBS:
        return []
    return [c for c in dead.children if c.dep_ == "amod" and c.i < dead.i and is_age_word(c)]


def body_part_owner(verb: Token) -> Token | None:
    """The person a bullet struck in a part of the body that is the clause's subject: "An
    18-year-old man's back was grazed by a bullet", "a 25-year-old had his left leg grazed by a
    bullet" (not "his arm was grazed" with no owner named here, "the man's car was hit by
    gunfire", "her arm was struck by a car")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in IMPACT_VERBS:
        return None
    if not any(
        c.dep_ == "agent" and any(o.lemma_.lower() in GUNFIRE_NOUNS for o in c.children)
        for c in verb.children
    ):
        return None
    parts = [
        c
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in BODY_PARTS
    ]
    owners = [c for p in parts[:1] for c in p.children if c.dep_ == "poss"]
    if not owners:
        return None
    owner = owners[0]
    if owner.pos_ == "PRON":
        # "a man had his leg grazed by a bullet": the subject of "had"
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() != "have":
            return None
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if not subjects:
            return None
        owner = subjects[0]
    return owner if is_person_or_age(owner) else None


def lying_hurt(state: Token) -> Token | None:
    """The person found or lying hurt: "located another person lying wounded in a ditch", "A
    man was found lying wounded on the sidewalk", "A woman was lying injured in the road" (not
    "lying in wait", "Police found ..." whose finder is no casualty)."""
    if state.lower_ not in HURT_STATE_WORDS:
        return None
    head = state.head
    if head.lemma_.lower() == "lie" and head.tag_ == "VBG" and state.dep_ != "conj":
        lying = head
    elif any(c.dep_ == "auxpass" and c.lower_ == "lying" for c in state.children):
        lying = state  # "was found lying wounded": the parse makes "lying" an auxiliary
    else:
        return None
    if lying.dep_ == "acl":
        person = lying.head  # "another person lying wounded"
    else:
        main = lying.head if lying.dep_ in ("xcomp", "oprd", "ccomp") else lying
        if main is not lying and main.lemma_.lower() not in FIND_VERBS:
            return None
        deps = ("nsubjpass",) if main is not lying else ("nsubj", "nsubjpass")
        subjects = [c for c in main.children if c.dep_ in deps]
        if not subjects:
            return None
        person = subjects[0]
    return person if is_person_or_age(person) else None
