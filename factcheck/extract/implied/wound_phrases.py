"""Wounds and the body parts a bullet or blade hit, and whose they are: "A 19-year-old suffered
gunshot wounds" (the tagger's one noun phrase), "An 18-year-old man's back was grazed by a
bullet", "A bullet grazed a teen's head", "Both victims' injuries are described as
superficial", "The child was bleeding from her face", "A man took a bullet to the leg", "A girl
was grazed" (shot), "was stabbed" (not the idiom "stabbed in the back"). Pure.

Gathered from the vocabulary rounds (docs/gold-conventions.md "Vocabulary of casualty shapes
(session 29)": vocab36 to implvoc2; realgold14 and realgold20 golds). Not a wound: "His arm was
grazed by a bullet" (no owner named in the clause), "a ball struck the boy's head", "the
team's injuries", "took a bullet for the team", "was grazed by a passing car", "is bleeding
support", "felt stabbed in the back by his party".
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.dependents import prep_objects
from factcheck.extract.implied.harm_participles import participle_person
from factcheck.extract.implied.hurt_people import is_hurt_person, subject_people
from factcheck.extract.implied.implied_people import with_conjuncts
from factcheck.extract.implied.person_shapes import is_age_word, is_person_or_age
from factcheck.extract.lexicon import (
    BACKSTAB_LITERAL_WORDS,
    BLEEDING_VERBS,
    BODY_PARTS,
    BULLET_TAKING_VERBS,
    GUNFIRE_NOUNS,
    IMPACT_VERBS,
    SUFFERED_WOUND_WORDS,
    TAKEN_GUNFIRE_NOUNS,
    WOUND_NOUNS,
)


def is_backstab(verb: Token) -> bool:
    """ "felt stabbed in the back by his party": the idiom, unless the sentence speaks of a
    blade, a wound or care."""
    if not any(o.lower_ == "back" for o in prep_objects(verb, "in")):
        return False
    return not any(t.lemma_.lower() in BACKSTAB_LITERAL_WORDS for t in verb.sent)


def suffered_wound_age(wound: Token) -> Token | None:
    """The age before "suffered gunshot wounds" where the tagger reads the whole as one noun
    phrase ("A 19-year-old suffered gunshot wounds to his arm": "suffered" an adjective on
    "wounds", "old" another): the "old" standing for the person, or None."""
    if wound.lemma_.lower() not in WOUND_NOUNS or wound.pos_ != "NOUN":
        return None
    mods = [c for c in wound.children if c.dep_ == "amod" and c.i < wound.i]
    verbs = [m for m in mods if m.lower_ in SUFFERED_WOUND_WORDS]
    ages = [m for m in mods if is_age_word(m)]
    if not verbs or not ages or ages[0].i != verbs[0].i - 1:
        return None  # "a 19-year-old suffered ...": the age right before the verb
    return ages[0]


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


def bleeding_people(verb: Token) -> list[Token]:
    """The people a "was bleeding" says are hurt: "The child was also bleeding from her face",
    "A man was bleeding heavily" (not "the campaign is bleeding support", "stop the
    bleeding")."""
    if verb.lemma_.lower() not in BLEEDING_VERBS or verb.tag_ != "VBG" or verb.pos_ != "VERB":
        return []
    if any(c.dep_ in ("dobj", "neg") for c in verb.children):
        return []
    # "a man bleeding in a parking lot", "found a woman bleeding from the head", "a man who was
    # bleeding heavily": the person the participle describes (harm_participles.py, implwide)
    person = participle_person(verb)
    if person is not None:
        return with_conjuncts(person)
    if not any(c.dep_ == "aux" for c in verb.children):
        return []  # a participle on its own ("bleeding, he ran") is read elsewhere or not at all
    return subject_people(verb)


def injuries_owner(injuries: Token) -> list[Token]:
    """The people whose injuries or wounds are the subject of a clause: "Both victims' injuries
    are described as superficial", "The boy's wounds were not life-threatening"."""
    if injuries.lemma_.lower() not in WOUND_NOUNS or injuries.pos_ != "NOUN":
        return []
    if injuries.dep_ not in ("nsubj", "nsubjpass") or injuries.head.pos_ not in ("VERB", "AUX"):
        return []
    if any(c.dep_ == "compound" for c in injuries.children):
        return []  # "the boy's injury claims" is no state of the boy
    owners = [c for c in injuries.children if c.dep_ == "poss"]
    if not owners or not is_hurt_person(owners[0]):
        return []
    return with_conjuncts(owners[0])


def is_graze_by_gunfire(verb: Token) -> bool:
    """True for the verb "graze" whose agent, if any, is gunfire: "A girl was grazed", "was
    grazed in the shooting", "was grazed by a bullet"; not "was grazed by a passing car". The
    caller asks it of a passive only ("The cattle grazed" has no agent either)."""
    if verb.lemma_.lower() != "graze" or verb.pos_ != "VERB":
        return False
    return not any(
        c.dep_ == "agent" and not any(o.lemma_.lower() in GUNFIRE_NOUNS for o in c.children)
        for c in verb.children
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


def struck_part_owner(verb: Token) -> Token | None:
    """The person whose body part gunfire hit: "A bullet grazed a teen's head", "a stray bullet
    struck a woman's leg" (the owner named, not a pronoun's; not "a ball struck his head")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in IMPACT_VERBS:
        return None
    children = list(verb.children)
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() in GUNFIRE_NOUNS for c in children):
        return None
    parts = [c for c in children if c.dep_ == "dobj" and c.lemma_.lower() in BODY_PARTS]
    owners = [c for p in parts[:1] for c in p.children if c.dep_ == "poss"]
    if not owners or owners[0].pos_ == "PRON":
        return None
    return owners[0] if is_person_or_age(owners[0]) else None
