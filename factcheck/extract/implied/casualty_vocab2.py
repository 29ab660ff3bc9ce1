"""Ordinary local-news casualty shapes, second round (vocab37, session 29). Pure.

docs/gold-conventions.md "Vocabulary of casualty shapes (session 29)": "A man who was shot
Saturday succumbed to his injuries" (the later death of the same person wins: 1 killed, not
shot), "was mortally shot / stabbed" (killed, as "mortally wounded"), "A 19-year-old suffered
gunshot wounds to his arm" where the tagger reads "suffered" as an adjective on "wounds" (the
age is 1 injured), "A gunshot victim arrived at / walked into the hospital" (a new victim, as
found_victims.py's "found a gunshot victim": 1 shot); headlines "Shooting claims life of teen"
(killed) and "Man treated, released after shooting" (injured); ", losing his life" after a main
clause (its subject killed). Not counted: "a man who was shot in 2019 may die", "who shot his wife
died" (the shooter is no casualty of "shot"), "suffered losses".
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from factcheck.extract.implied.casualty_measures import measure_of
from factcheck.extract.implied.implied_people import is_indefinite
from factcheck.extract.lexicon import (
    AGE_UNITS,
    ARRIVAL_CARE_NOUNS,
    ARRIVAL_VERBS,
    CASUALTY_PERSON_MEASURES,
    DYING_VERBS,
    HEADLINE_CARE_AFTER,
    HEADLINE_CARE_HARMS,
    MODAL_WORDS,
    SUFFERED_WOUND_WORDS,
    WOUND_NOUNS,
)


def dies_after(verb: Token) -> bool:
    """ "A man who was shot Saturday night died at the hospital", "A teen shot on Elm Street
    later succumbed to his injuries": ``verb`` qualifies the subject of a verb of death, so the
    person it counts died (not "a man who was shot could die", "did not die")."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    main = verb.head.head
    if main.pos_ not in ("VERB", "AUX") or any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODAL_WORDS) for c in main.children
    ):
        return False
    lemma = main.lemma_.lower()
    return lemma == "die" or measure_of(main, lemma) == "killed"


def is_dying_clause(verb: Token) -> bool:
    """ ", losing his life", ", dying at the scene": a subjectless clause of death after the
    main clause, whose subject is who died ("The driver crashed into a pole, losing his life";
    not ", nearly losing his life", ", losing his seat", ", killing two")."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in DYING_VERBS:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "neg", "mark") for c in verb.children):
        return False  # not "before dying", "after losing his life": a time, not the outcome
    if verb.lemma_.lower() == "die" and any(
        c.dep_ in ("dobj", "attr", "oprd", "acomp") for c in verb.children
    ):
        return False  # "dying a free man", "dying young": a manner of death, no event
    return measure_of(verb, verb.lemma_.lower()) == "killed"


def dying_clause_subjects(verb: Token) -> list[Token]:
    """The main clause's subject a dying clause is about ("The driver ..., losing his life")."""
    if not is_dying_clause(verb):
        return []
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")][:1]


def dies_in_clause(verb: Token) -> bool:
    """ "A man was shot in the head, losing his life": the shooting's person died after it."""
    return any(is_dying_clause(c) for c in verb.children)


def suffered_wound_age(wound: Token) -> Token | None:
    """The age before "suffered gunshot wounds" where the tagger reads the whole as one noun
    phrase ("A 19-year-old suffered gunshot wounds to his arm": "suffered" an adjective on
    "wounds", "old" another): the "old" standing for the person, or None."""
    if wound.lemma_.lower() not in WOUND_NOUNS or wound.pos_ != "NOUN":
        return None
    mods = [c for c in wound.children if c.dep_ == "amod" and c.i < wound.i]
    verbs = [m for m in mods if m.lower_ in SUFFERED_WOUND_WORDS]
    ages = [
        m
        for m in mods
        if m.lower_ == "old"
        and any(c.dep_ == "npadvmod" and c.lemma_.lower() in AGE_UNITS for c in m.children)
    ]
    if not verbs or not ages or ages[0].i != verbs[0].i - 1:
        return None  # "a 19-year-old suffered ...": the age right before the verb
    return ages[0]


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


# a headline's "claims life of", "took the lives of": the people after it were killed
LIFE_CLAIMED = re.compile(
    r"\b(?:claims?|claimed|takes?|took)\s+(?:the\s+)?(?:life|lives)\s+of\s+", re.IGNORECASE
)


def headline_care(words: list[str]) -> str | None:
    """ "Man treated, released after shooting", "Woman treated and released", "Teen treated for
    gunshot wound": a headline's care after its people (injured); not "Workers treated
    unfairly", "Students treated to concert"."""
    if words[0].lower().rstrip(",;:") != "treated" or len(words) < 2:
        return None
    after = [w.lower().rstrip(",;:") for w in words[1:3]]
    if after[0] == "released" and words[0].endswith(","):
        return "injured"  # "treated, released"
    if after[:2] in (["and", "released"], ["&", "released"]):
        return "injured"
    if after[0] == "for":  # "treated for gunshot wound", not "treated for depression"
        harm = after[1:2]
        return "injured" if harm and harm[0].startswith(HEADLINE_CARE_HARMS) else None
    return "injured" if after[0] in HEADLINE_CARE_AFTER else None
