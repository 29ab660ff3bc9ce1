"""The person a relative clause's "who" stands for, where the parse hangs the clause on a thing.
Pure.

Gold README "Implied counts": a relative clause on a person is a casualty count ("a girl who
was fatally shot" = 1 killed). The parse hangs a relative clause on the nearest noun, and after a
prepositional phrase that is often a place or a thing: "a woman in the car who was taken to the
hospital", "a man from the house who was shot". "who" never stands for a thing, so the clause is
the person's whose phrase holds the thing: up from the prepositional object to the noun the
preposition modifies. "which" and "that" may stand for a thing and are left as the parse says.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.person_shapes import is_age_person, is_casualty_person
from factcheck.extract.lexicon import CASUALTY_PERSON_NOUNS, PERSON_RELATIVE_PRONOUNS

# The prepositional phrases climbed at most: "a woman in the back seat of the car who ...".
_MAX_CLIMB = 2


def relative_person(clause: Token) -> Token:
    """The noun a relative clause (``clause``, dep ``relcl``) is about: its head, or, where
    the head is a thing and the clause's relative word is "who", the person noun whose
    prepositional phrase holds that thing ("a woman in the car who was shot": "woman")."""
    noun = clause.head
    if clause.dep_ != "relcl" or not _says_who(clause) or _is_person(noun):
        return noun
    climbed = noun
    for _ in range(_MAX_CLIMB):
        prep = climbed.head
        if climbed.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("NOUN", "PROPN"):
            return _person_before_who(clause) or noun
        climbed = prep.head
        if _is_person(climbed):
            return climbed
    return _person_before_who(clause) or noun


def _person_before_who(clause: Token) -> Token | None:
    """The person right before the clause's "who", where the parse hangs the clause on a thing:
    "a 28-year-old shot in the arm and a 46-year-old who was shot in the back" (the parse may
    read the first "shot" as a noun and hang the clause on it). "who" stands for the nearest
    person named before it, a person noun or an age standing for one."""
    who = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > 0), None)
    if who is None:
        return None
    before = who.doc[who.i - 1]
    if before.text == "," and before.i > 0:
        before = who.doc[before.i - 1]
    if before.i >= clause.head.i and _is_person(before) and before.pos_ != "PROPN":
        return before  # a name is left to the parse: "Lee, who ..." hangs as it reads
    return None


def _says_who(clause: Token) -> bool:
    """The clause's relative word, its subject, is one that stands for a person only."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in PERSON_RELATIVE_PRONOUNS
        for c in clause.children
    )


def _is_person(noun: Token) -> bool:
    """A person noun, one or more ("a woman", "two teens"), or a person's name."""
    return (
        is_casualty_person(noun)
        or noun.lemma_.lower() in CASUALTY_PERSON_NOUNS
        or noun.pos_ == "PROPN"
        or noun.ent_type_ == "PERSON"
    )


def resolve_relatives(people: list[Token]) -> list[Token]:
    """``people`` with a relative clause's subject pronoun put back as the noun it stands for:
    "a man who was taken to the hospital with injuries" counts the man, whichever reading of
    the clause found the pronoun ("who was shot and taken to ...": a conjunct of the clause)."""
    return [_relative_noun(p) or p for p in people]


def _relative_noun(pronoun: Token) -> Token | None:
    """The noun the relative subject ``pronoun`` stands for, or None if it is no such pronoun."""
    if pronoun.tag_ not in ("WP", "WDT") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head  # "who was shot and taken to ...": the clause's first verb
    if clause.dep_ != "relcl":
        return None
    noun = relative_person(clause)
    # "a 16-year-old who was shot": the age the tagger calls an adjective stands for the person
    return noun if noun.pos_ in ("NOUN", "PROPN") or is_age_person(noun) else None
