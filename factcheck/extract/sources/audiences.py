"""Who hears a speaker is not what the speaker says: "Canova wrote to his 20,000 Twitter
followers, 'It's time ...'", "'I will be the nominee,' Clinton told a crowd of 1,300",
"Addressing about 100 committee members, Manafort said ...", the headline "Trump tells 3,000
in Reno NFL has gone soft". The figure counts the audience, the writer's own count (gold
README: a figure no one is cited for is ``none``; realgold14 gold). Only where the speaking is
the sentence's own or a scene set off beside it: inside what someone else reports ("Police said
the suspect talked to two witnesses", "Ruiz gives an account of Lee telling one agent to
leave") the source is found as before."""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.dependents import is_set_off
from factcheck.extract.lexicon import (
    AUDIENCE_OBJECT_VERBS,
    AUDIENCE_PREPS,
    AUDIENCE_TO_NOUNS,
    AUDIENCE_TO_VERBS,
)
from factcheck.extract.sources.quotes import find_quotes

# How a speaking verb that sets the scene hangs on the sentence's main verb.
_SCENE_DEPS = frozenset({"advcl"})


def counts_the_audience(head: Token, below: Token, number: Token) -> bool:
    """``below`` (the figure's path token under ``head``) is the audience of ``head``: the
    "to", "before" or "in front of" of a speaking verb or speech noun, the object of a verb of telling or addressing,
    or the bare figure right after a "tell" the parse left without an object."""
    lemma = head.lemma_.lower()
    if below.dep_ == "prep" and below.i > head.i and _faces(below):
        if head.pos_ == "VERB":
            return lemma in AUDIENCE_TO_VERBS
        return head.pos_ == "NOUN" and lemma in AUDIENCE_TO_NOUNS
    if head.pos_ != "VERB" or lemma not in AUDIENCE_OBJECT_VERBS:
        return False
    if below.dep_ in ("dobj", "dative") and below.i > head.i:
        return lemma != "tell" or _tells_something(head)
    if lemma == "tell" and below.dep_ == "ccomp":
        return _addressee_read_as_subject(head, below, number)
    return False


def _faces(prep: Token) -> bool:
    """ "to", "before" or "in front of" the people who hear ("Lee said in front of a crowd of
    about 1,000")."""
    if prep.lower_ in AUDIENCE_PREPS:
        return True
    return prep.lower_ == "in" and any(
        c.dep_ == "pobj" and c.lower_ == "front" and any(o.lower_ == "of" for o in c.children)
        for c in prep.children
    )


def speaks_in_its_own_right(head: Token) -> bool:
    """The speaking verb is the sentence's own ("Lee told a crowd of 1,300"), or a scene set off
    beside it ("Addressing about 100 members, Lee said ..."); not what someone else reports
    ("Police said the suspect talked to two witnesses", "Ruiz gives an account of Lee telling
    one agent to leave"), where the source is found as before."""
    if head.dep_ == "ROOT":
        return True
    if head.dep_ not in _SCENE_DEPS or head.head.dep_ != "ROOT":
        return False
    return is_set_off(head.left_edge)  # not "of Lee telling"


def _tells_something(verb: Token) -> bool:
    """ "told 500 workers that ...", "'...,' Clinton told a crowd of 1,300": a telling with
    words of its own, not "told the story of three men"."""
    if any(c.dep_ in ("ccomp", "xcomp", "dative") for c in verb.children):
        return True
    return any(q.cue is not None and q.cue.i == verb.i for q in find_quotes(verb.doc))


def _addressee_read_as_subject(verb: Token, clause: Token, number: Token) -> bool:
    """ "Trump tells 3,000 in Reno NFL has gone soft": "tell" needs someone told; with no
    object in the parse, a figure that opens the told clause right after the verb, as its
    subject, is the one told."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and number in c.subtree), None)
    if subject is None or subject.left_edge.i != verb.i + 1:
        return False
    return number.i == subject.i or (number.dep_ == "nummod" and number.head.i == subject.i)
