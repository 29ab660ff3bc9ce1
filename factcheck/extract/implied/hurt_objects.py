"""The new people a "send" or "leave" verb hurts: "a shooting that sent a boy and his mother to
the hospital", "left a woman with a gunshot wound", "A teen was left with serious injuries".
Pure.

Split from ``implied_predicates.py``, which counts them as injured. Not hurt: "sent the victim
to ..." (re-mentions one already counted), "left a man dead" (the state's), "left a note".
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.implied_people import is_indefinite, with_conjuncts
from factcheck.extract.lexicon import CASUALTY_PERSON_NOUNS, WOUND_NOUNS


def hurt_objects(verb: Token) -> list[Token]:
    """The indefinite people a "send"/"leave" verb hurts, with the people listed after them
    (the parse may hang "and her mother" on the verb); a passive's subject ("A teen was left
    with serious injuries"; implvoc)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects and any(c.dep_ == "auxpass" for c in verb.children):
        objects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not objects or not is_indefinite(objects[0]):
        return []
    if verb.lemma_.lower() == "leave" and not any(
        p.lower_ == "with" and any(o.lemma_.lower() in WOUND_NOUNS for o in p.children)
        for p in [*objects[0].children, *verb.children]
    ):
        return []  # "left a man dead" is the state's; "left a note" no one hurt
    # the parse may hang "and her mother" on the verb or on the noun the verb modifies
    listed = [
        c
        for c in [*verb.children, *verb.head.children]
        if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i == _after_and(objects[0])
    ]
    return with_conjuncts(objects[0]) + [
        c for c in listed if c.lemma_.lower() in CASUALTY_PERSON_NOUNS
    ]


def _after_and(person: Token) -> int:
    """The index of the noun in "<person> and her mother" (-1 if no "and" follows)."""
    end = max(t.i for t in person.subtree) + 1
    doc = person.doc
    if end + 1 >= len(doc) or doc[end].lower_ != "and":
        return -1
    noun = doc[end + 1]
    return noun.head.i if noun.dep_ in ("poss", "det", "amod") else noun.i


def sent_to_hospital(verb: Token) -> bool:
    """ "sent a boy and his mother to the hospital": "to ... hospital" after the verb in its
    sentence (the parse may hang it on another verb)."""
    after = [t.lower_ for t in verb.doc[verb.i + 1 : verb.sent.end]]
    return any(word == "to" and "hospital" in after[i + 1 : i + 4] for i, word in enumerate(after))
