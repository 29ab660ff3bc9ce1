"""People said to be out of care or getting better: they were hurt. Pure.

"Sheriff Lee was released from the hospital", "The mother has been released, but her son is
still in critical condition", "His wife and son are now recovering", "that person is recovering
after extensive surgery": each person is an implied injured count where named (gold README,
"Implied counts" and "Repeats"; realgold12, realgold14, realgold16 golds). Not a release from
anything else ("released from jail", "released on bond", "released to the father"), nor a
recovery from something that is no wound ("recovering from the flu"), nor a thing released
("No other details were released") or recovered ("police recovered a gun").

A recovery made ("Officer makes recovery after being ambushed", "The deputy is making a good
recovery") is the same news in a noun (impl56c): the subject of "make" is the person, read
where the recovery is from a wound or the sentence or the one before tells of harm
(MADE_RECOVERY_CONTEXT_WORDS), so "The economy made a recovery" (no person) and "Smith made a
recovery in the second half" (no harm) count no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.dependents import prep_objects
from factcheck.extract.implied.casualty_context import casualty_told
from factcheck.extract.implied.implied_people import PRONOUNS, with_conjuncts
from factcheck.extract.implied.person_shapes import is_age_word, is_aged_name, is_casualty_person
from factcheck.extract.lexicon import (
    CASUALTY_PERSON_NOUNS,
    MADE_RECOVERY_CONTEXT_WORDS,
    OUTLOOK_RECOVERY_NOUNS,
    RECOVERY_FROM_NOUNS,
    RECOVERY_VERBS,
    RELEASE_CONTEXT_WORDS,
    RELEASE_VERBS,
)

_SUBJECT_DEPS = ("nsubj", "nsubjpass")


def recovered_people(verb: Token) -> list[Token]:
    """The people ``verb`` says were released from care or are recovering, with their
    conjuncts; empty when it says neither."""
    if verb.pos_ == "NOUN":
        return _made_recovery(verb)
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


def _made_recovery(noun: Token) -> list[Token]:
    """The people who make (made, are making) the recovery ``noun``, from a wound or with harm
    told around them; else empty."""
    verb = noun.head
    if noun.lemma_.lower() not in OUTLOOK_RECOVERY_NOUNS or noun.dep_ != "dobj":
        return []
    if verb.lemma_.lower() != "make" or any(c.dep_ == "neg" for c in verb.children):
        return []
    sources = prep_objects(noun, "from")
    if sources:
        if not any(o.lemma_.lower() in RECOVERY_FROM_NOUNS for o in sources):
            return []  # "made a recovery from the flu"
    elif not casualty_told(noun, MADE_RECOVERY_CONTEXT_WORDS):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or not _person(subjects[0]):
        return []
    return with_conjuncts(subjects[0])
