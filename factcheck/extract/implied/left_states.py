"""People a harm leaves in a lasting state: "The shooting left a man paralyzed", "A teen was
left paralyzed after the shooting", and "The shooting left a passerby wounded" where the parse
hangs "wounded" on the verb rather than on the person. Pure.

Session 54 (impl54c), vocabulary of the session-29 ruling (docs/gold-conventions.md,
"Vocabulary of casualty shapes"): "left paralyzed" is ordinary local-news English for a person
a shooting hurt, read as "left a man critically injured" is (1 injured, README "Implied
counts"). Paralysis alone says nothing of violence ("a crash left him paralyzed", "the strike
left the city paralyzed"), so "paralyzed" counts only where gunfire is told in its sentence or
the one before (``gunfire_context.gunfire_near``); "paralyzed by gunfire" keeps its own reading
(``other_means``). "Wounded" and "injured" need no such context: the words say the harm.
Session 56 (impl56b): a bare passive "The victim was paralyzed" with gunfire told around it is
the same lasting harm without "left" (``paralyzed_people``).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.gunfire_context import gunfire_near
from factcheck.extract.implied.implied_people import with_conjuncts
from factcheck.extract.implied.named_victims import PersonNames, is_named
from factcheck.extract.implied.person_shapes import is_person_or_age
from factcheck.extract.lexicon import CASUALTY_PERSON_NOUNS

# The states a "leave" verb leaves a person in that need gunfire nearby to be a casualty.
_PARALYZED = frozenset({"paralyzed", "paralysed"})
# The harm states whose own words say the harm, counted where the parse misreads the clause.
_HURT = frozenset({"wounded", "injured"})
# How the parse hangs the state on "leave": "was left paralyzed" (oprd), "left a man paralyzed"
# (on the object, acl), "left a passerby wounded" (advcl).
_STATE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp", "advcl"})


def left_hurt(state: Token) -> list[Token]:
    """The people ``state`` ("paralyzed", a misread "wounded") says a "leave" verb left hurt:
    the verb's object ("The shooting left a man paralyzed") or its passive subject ("A man was
    left paralyzed"), with the people listed with them; [] for anything else."""
    lower = state.lower_
    if lower not in _PARALYZED and lower not in _HURT:
        return []
    leave, person = _leave_and_person(state)
    if leave is None or person is None or not _is_person(person):
        return []
    if lower in _HURT and state.dep_ != "advcl":
        return []  # "left a man wounded" (acl) and "was left wounded" are read elsewhere
    if lower in _PARALYZED and (_by_agent(state) or not gunfire_near(leave)):
        return []
    if any(c.dep_ == "neg" for c in leave.children):
        return []  # "did not leave him paralyzed"
    return with_conjuncts(person)


def _leave_and_person(state: Token) -> tuple[Token | None, Token | None]:
    """The "leave" verb ``state`` hangs on and the person it leaves, or (None, None)."""
    head = state.head
    if state.dep_ == "acl" and head.dep_ == "dobj" and _is_leave(head.head):
        return head.head, head  # "left a man paralyzed"
    if state.dep_ not in _STATE_DEPS or not _is_leave(head):
        return None, None
    for dep in ("dobj", "nsubjpass"):
        people = [c for c in head.children if c.dep_ == dep]
        if people:
            return head, people[0]
    return head, None


def _is_leave(verb: Token) -> bool:
    return verb.lemma_.lower() == "leave" and verb.pos_ == "VERB"


def _is_person(person: Token) -> bool:
    if person.pos_ == "PRON" or any(c.lower_ == "no" for c in person.children):
        return False  # "left him paralyzed": counted where named; "left no one paralyzed"
    return is_person_or_age(person) or person.lemma_.lower() in CASUALTY_PERSON_NOUNS


def _by_agent(state: Token) -> bool:
    """ "paralyzed by gunfire": the agent's own reading (``other_means``)."""
    return any(c.dep_ == "agent" for c in state.children)


def paralyzed_people(state: Token) -> list[Token]:
    """The passive subject of a bare "was paralyzed" ("Shots rang out. A man was paralyzed"),
    with gunfire told in its sentence or the one before; not "paralyzed by the news" (an agent:
    ``other_means`` reads "by gunfire"), "was not paralyzed", "the city was paralyzed"."""
    if state.lower_ not in _PARALYZED or state.pos_ != "VERB" or _by_agent(state):
        return []
    if any(c.dep_ == "neg" for c in state.children):
        return []
    people = [c for c in state.children if c.dep_ == "nsubjpass"]
    if not people or not gunfire_near(state):
        return []
    person = people[0]
    # "Reyes was paralyzed": a surname the tagger calls a noun, named before (named_victims.py)
    if not (_is_person(person) or is_named(person, PersonNames(person.doc))):
        return []
    return with_conjuncts(person)
