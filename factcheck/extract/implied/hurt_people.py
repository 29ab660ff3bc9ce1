"""Who a phrase of harm may be about: a person noun ("the baby", a headline's "Man"), an age
standing for a person ("the 5-month-old"), a person's name (a surname the tagger calls
something else, named as a person elsewhere in the article), and a verb's subject with the
people joined to it. Pure.

Gathered from the vocabulary rounds (vdesc40 ``casualty_vocab4.py``, impl41
``casualty_vocab5.py``), whose outlooks, bleeding, bodies, injuries and life support share
them. Not a person: "the team", "the company", "who" ("a girl, who is expected to survive, was
shot" is the shooting's).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.datelines import without_datelines
from factcheck.extract.implied.implied_people import with_conjuncts
from factcheck.extract.implied.named_victims import PersonNames, is_named
from factcheck.extract.implied.person_shapes import is_age_word
from factcheck.extract.lexicon import CASUALTY_PERSON_NOUNS


def subject_people(verb: Token) -> list[Token]:
    """The verb's subject with the people joined to it; empty unless the subject is a person
    (not "who": "a girl, who is expected to survive, was shot" is the shooting's)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects = without_datelines(subjects)  # "ATLANTA — A 16-year-old is ..." (datelines.py)
    if not subjects:
        return []
    person = subjects[0]
    if not (
        is_person_noun(person)
        or person.pos_ == "PROPN"
        and person.ent_type_ == "PERSON"
        # "Belford is expected to survive": a surname the tagger calls ORG (impl41)
        or is_named(person, PersonNames(person.doc))
    ):
        return []
    return with_conjuncts(person)


def is_person_noun(token: Token) -> bool:
    """A person noun ("the baby", a headline's "Man") or an age standing for a person ("the
    5-month-old")."""
    if token.lower_ == "old":
        return is_age_word(token)
    return token.lemma_.lower() in CASUALTY_PERSON_NOUNS and token.pos_ in ("NOUN", "PROPN")


def is_hurt_person(token: Token) -> bool:
    """A person noun, an age standing for one ("the 5-month-old's"), or a person's name."""
    if token.lower_ == "old":
        return is_age_word(token)
    if token.pos_ == "PROPN":
        # a surname the tagger calls something else, named as a person elsewhere
        return token.ent_type_ == "PERSON" or is_named(token, PersonNames(token.doc))
    return token.lemma_.lower() in CASUALTY_PERSON_NOUNS and token.pos_ == "NOUN"
