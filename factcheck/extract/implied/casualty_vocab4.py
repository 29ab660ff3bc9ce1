"""Ordinary local-news casualty shapes, fourth round (vdesc40, session 32). Pure.

docs/gold-conventions.md "Vocabulary of casualty shapes (session 29)", for mentions whose own
sentence says what happened to them: "The baby is expected to be OK", "A man was expected to
survive" (the outlook of someone hurt: 1 injured, as "The teen survived"; realgold10 gold); "The
child was also bleeding from her face" (1 injured; realgold20 gold); "found the bodies of a man,
two women and a small child" (the people whose bodies they are: killed; realgold14 gold). Not
counted: "is not expected to survive" (negated), "is expected to live with her aunt", "is
expected to be fine with the deal", "the campaign is expected to survive" (no person), "is
bleeding support" (an object), "the body of Christ", "a body of work".
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.dependents import prep_objects
from factcheck.extract.implied.harm_participles import participle_person
from factcheck.extract.implied.implied_people import with_conjuncts
from factcheck.extract.implied.named_victims import PersonNames, is_named
from factcheck.extract.lexicon import (
    AGE_UNITS,
    BLEEDING_VERBS,
    CASUALTY_PERSON_NOUNS,
    FIND_VERBS,
    OUTLOOK_RECOVERY_VERBS,
    OUTLOOK_STATES,
    OUTLOOK_VERBS,
    REMAINS_NOUNS,
)

# what may follow an outlook and keep it one of health: "expected to recover from his wounds",
# "to be okay after suffering a graze wound" (not "to live with her aunt")
_OUTLOOK_PREPS = frozenset({"after", "from", "despite", "following"})


def expected_recovery(verb: Token) -> list[Token]:
    """The people an outlook of recovery is said of: "The baby is expected to be OK", "A man
    was expected to survive", "The boy is expected to recover from his wounds" (not "is expected to live
    with her aunt", "to be fine with the deal", "to survive the primary")."""
    if verb.lemma_.lower() not in OUTLOOK_VERBS or verb.tag_ != "VBN":
        return []
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []  # "Police expect the boy to survive": who expects is no casualty
    if not any(_recovers(c) for c in verb.children if c.dep_ == "xcomp"):
        return []
    return _subject_people(verb)


def _recovers(outlook: Token) -> bool:
    """ "survive", "recover", "live" with nothing after them, or "be OK" ("be fine")."""
    after = [
        c
        for c in outlook.children
        if c.dep_ not in ("aux", "advmod", "punct")
        and not (c.dep_ == "prep" and c.lower_ in _OUTLOOK_PREPS)
    ]
    if outlook.lemma_.lower() in OUTLOOK_RECOVERY_VERBS:
        return not after  # not "survive the primary", "live with her aunt"
    if outlook.lemma_.lower() != "be" or len(after) != 1:
        return False
    state = after[0]
    return (
        state.dep_ == "acomp"
        and state.lower_ in OUTLOOK_STATES
        and not any(c.dep_ == "prep" for c in state.children)  # not "fine with the deal"
    )


def bleeding_people(verb: Token) -> list[Token]:
    """The people a "was bleeding" says are hurt: "The child was also bleeding from her face",
    "A man was bleeding heavily" (not "the campaign is bleeding support", "stop the
    bleeding")."""
    if verb.lemma_.lower() not in BLEEDING_VERBS or verb.tag_ != "VBG" or verb.pos_ != "VERB":
        return []
    if any(c.dep_ in ("dobj", "neg") for c in verb.children):
        return []
    # "a man bleeding in a parking lot", "found a woman bleeding from the head", "a man who was
    # bleeding heavily": the person the participle describes (harm_participles.py, implwide)
    person = participle_person(verb)
    if person is not None:
        return with_conjuncts(person)
    if not any(c.dep_ == "aux" for c in verb.children):
        return []  # a participle on its own ("bleeding, he ran") is read elsewhere or not at all
    return _subject_people(verb)


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
    if _is_person_noun(person):
        # "the bodies of a man, two women and a small child": the parse may hang the people
        # after the first on "bodies"
        listed = [c for c in body.children if c.dep_ == "conj" and _is_person_noun(c)]
        return with_conjuncts(person) + [p for c in listed for p in with_conjuncts(c)]
    found = body.head.lemma_.lower() in FIND_VERBS and body.dep_ == "dobj"
    if found and person.pos_ == "PROPN" and person.ent_type_ == "PERSON":
        return with_conjuncts(person)
    return []


def _subject_people(verb: Token) -> list[Token]:
    """The verb's subject with the people joined to it; empty unless the subject is a person
    (not "who": "a girl, who is expected to survive, was shot" is the shooting's)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return []
    person = subjects[0]
    if not (
        _is_person_noun(person)
        or person.pos_ == "PROPN"
        and person.ent_type_ == "PERSON"
        # "Belford is expected to survive": a surname the tagger calls ORG (impl41)
        or is_named(person, PersonNames(person.doc))
    ):
        return []
    return with_conjuncts(person)


def _is_person_noun(token: Token) -> bool:
    """A person noun ("the baby", a headline's "Man") or an age standing for a person ("the
    5-month-old")."""
    if token.lower_ == "old":
        return any(c.dep_ == "npadvmod" and c.lemma_.lower() in AGE_UNITS for c in token.children)
    return token.lemma_.lower() in CASUALTY_PERSON_NOUNS and token.pos_ in ("NOUN", "PROPN")
