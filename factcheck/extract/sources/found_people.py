"""Police who find a named person, or a person in some state, find someone; they report
nothing: "State troopers then went to a home, where they found 21-year-old Ann Cole dead in a
car", "When officers arrived, they found Ray Ortiz suffering from gunshot wounds" (realgold16
golds: no source), as "deputies found two victims" (``reporting_verbs``; realgold10, 12, 14,
20 golds)."""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import CASUALTY_PERSON_NOUNS


def found_by_name(obj: Token) -> bool:
    """The object of "found" is a person's name, not a finding ("found 40 cases")."""
    return obj.ent_type_ == "PERSON" and obj.pos_ == "PROPN"


def found_doing(clause: Token) -> bool:
    """ "found Ray Ortiz suffering from wounds", "found a man lying in the street": the parse's
    clause is a person found in a state (a participle with no auxiliary or "that"), not a
    finding ("found that prices were rising")."""
    if clause.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children):
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return found_by_name(subject) or subject.lemma_.lower() in CASUALTY_PERSON_NOUNS
