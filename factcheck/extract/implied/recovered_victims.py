"""People said to be out of care or getting better: they were hurt. Pure.

"Sheriff Lee was released from the hospital", "The mother has been released, but her son is
still in critical condition", "His wife and son are now recovering", "that person is recovering
after extensive surgery": each person is an implied injured count where named (gold README,
"Implied counts" and "Repeats"; realgold12, realgold14, realgold16 golds). Not a release from
anything else ("released from jail", "released on bond", "released to the father"), nor a
recovery from something that is no wound ("recovering from the flu"), nor a thing released
("No other details were released") or recovered ("police recovered a gun").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.dependents import prep_objects
from factcheck.extract.implied.implied_people import PRONOUNS, with_conjuncts
from factcheck.extract.implied.person_shapes import is_age_word, is_aged_name, is_casualty_person
from factcheck.extract.lexicon import (
    CASUALTY_PERSON_NOUNS,
    RECOVERY_FROM_NOUNS,
    RECOVERY_VERBS,
    RELEASE_CONTEXT_WORDS,
    RELEASE_VERBS,
)

_SUBJECT_DEPS = ("nsubj", "nsubjpass")


def recovered_people(verb: Token) -> list[Token]:
    """The people ``verb`` says were released from care or are recovering, with their
    conjuncts; empty when it says neither."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in RECOVERY_VERBS | RELEASE_VERBS:
        return []
    children = list(verb.children)
    if any(c.dep_ in ("dobj", "neg") for c in children):
        return []  # "police recovered a gun", "was not released"
    if lemma in RELEASE_VERBS:
        if not any(c.dep_ == "auxpass" for c in children) or not _out_of_care(verb):
            return []
        deps: tuple[str, ...] = ("nsubjpass",)
    else:
        if verb.tag_ != "VBG" or not _from_wounds(verb):
            return []  # "is recovering", "are now recovering"
        deps = ("nsubj",)
    subjects = [c for c in children if c.dep_ in deps]
    if not subjects or not _person(subjects[0]):
        return []
    return with_conjuncts(subjects[0])


def _person(token: Token) -> bool:
    """A person noun or a person's name (not a pronoun, not "the names of the victims"); an age
    standing for a person ("The 24-year-old is recovering": the parse's subject is "old") and a
    name with its age ("Jones, 24, was released") are people too (impl56)."""
    if token.lower_ in PRONOUNS:
        return False
    if token.pos_ == "PROPN":
        return (
            token.ent_type_ == "PERSON"
            or token.lower_ in CASUALTY_PERSON_NOUNS
            or is_aged_name(token)
        )
    if is_age_word(token):
        return True
    return token.pos_ == "NOUN" and (
        token.lemma_.lower() in CASUALTY_PERSON_NOUNS or is_casualty_person(token)
    )


def _out_of_care(verb: Token) -> bool:
    """Released from care: "from the hospital", "from Mercy Medical Center", or with no "from",
    "on" or "to" where the sentence speaks of care or wounds."""
    sources = prep_objects(verb, "from")
    if sources:
        return any(o.lemma_.lower() in RECOVERY_FROM_NOUNS for o in sources)
    if prep_objects(verb, "on") or prep_objects(verb, "to"):
        return False  # "released on bond", "released to the father"
    return any(t.lemma_.lower() in RELEASE_CONTEXT_WORDS for t in verb.sent)


def _from_wounds(verb: Token) -> bool:
    """Recovering from wounds or care, or from nothing said ("is recovering after surgery")."""
    sources = prep_objects(verb, "from")
    return not sources or any(o.lemma_.lower() in RECOVERY_FROM_NOUNS for o in sources)
