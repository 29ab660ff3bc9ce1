"""The people whose bodies are found: "found the bodies of a man, two women and a small child",
"A man's body was found in the river", "discovered a woman's body" (killed; realgold14 gold).
Pure.

Gathered from the vocabulary rounds (vdesc40 ``casualty_vocab4.py``, implvoc
``casualty_vocab7.py``). Not a casualty: "the body of Christ", "a body of work", "a woman's
body language", "the man's body was found" (a re-mention).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.dependents import prep_objects
from factcheck.extract.implied.hurt_people import is_person_noun
from factcheck.extract.implied.implied_people import is_indefinite, with_conjuncts
from factcheck.extract.lexicon import FIND_VERBS, REMAINS_NOUNS


def remains_of(body: Token) -> list[Token]:
    """The people whose bodies are found or lie somewhere: "found the bodies of a man and a
    child", "The body of a 19-year-old was found"; a name only where the body is found
    ("discovered the body of Ann Lee"), not "the body of Christ", "a body of work"."""
    if body.lemma_.lower() not in REMAINS_NOUNS or body.pos_ != "NOUN":
        return []
    if any(c.dep_ in ("amod", "compound") for c in body.children):
        return []  # "the student body", "the governing body of"
    people = prep_objects(body, "of")
    if not people:
        return []
    person = people[0]
    if is_person_noun(person):
        # "the bodies of a man, two women and a small child": the parse may hang the people
        # after the first on "bodies"
        listed = [c for c in body.children if c.dep_ == "conj" and is_person_noun(c)]
        return with_conjuncts(person) + [p for c in listed for p in with_conjuncts(c)]
    found = body.head.lemma_.lower() in FIND_VERBS and body.dep_ == "dobj"
    if found and person.pos_ == "PROPN" and person.ent_type_ == "PERSON":
        return with_conjuncts(person)
    return []


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
