"""A campaign's crowd: "20,000 people attended the rally", "the rally drew 20,000". Pure.

docs/gold-conventions.md "Candidates and campaigns as a partisan source" (a) names crowds
among what a candidate or its staff speak on as a party to the race ("the campaign said", the
gold README's partisan example; Conventions: "a campaign's or march organisers' own count").
``candidate_race.counts_the_race`` reads money, votes, delegates and polls on the figure's
verb; these are the words of a crowd: the people who came (the verb's subject) or the number a
rally drew (its object). Not "a crowd of 1,300" as a noun: "told a crowd of 1,300" is the
reporter's count, not the candidate's (lexicon RACE_NOUNS, audit 2 of 2). Not a hope ("we could draw 50,000") nor a supposition, which the race
reader already sets aside.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    CAMPAIGN_EVENT_NOUNS,
    CROWD_OBJECT_VERBS,
    CROWD_PARTICLE_VERBS,
    CROWD_SUBJECT_VERBS,
)


def counts_a_crowd(verb: Token, below: Token) -> str | None:
    """The figure (or the noun it counts, ``below``) is how many came to a campaign's event: the
    subject of "attend", "turn out", "show up", "come out", or the object of "draw", "attract",
    "pack". The place they came to, when the clause names one, is a campaign event ("attended
    the rally", "the rally drew 9,000", "Ruiz drew 9,000"), not a funeral or a game."""
    lemma = verb.lemma_.lower()
    if below.dep_ in ("nsubj", "nsubjpass"):
        particle = CROWD_PARTICLE_VERBS.get(lemma)
        phrasal = particle and any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)
        if lemma not in CROWD_SUBJECT_VERBS and not phrasal:
            return None
        places = [c for c in verb.children if c.dep_ == "dobj"]
        places += [
            o
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in ("at", "to", "for")
            for o in p.children
            if o.dep_ == "pobj"
        ]
    elif below.dep_ == "dobj" and lemma in CROWD_OBJECT_VERBS:
        places = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ not in ("PROPN", "PRON")]
    else:
        return None
    if places and not any(p.lemma_.lower() in CAMPAIGN_EVENT_NOUNS for p in places):
        return None  # "300 people attended the funeral"
    return verb.text if lemma not in CROWD_PARTICLE_VERBS else f"{verb.text} {particle}"
