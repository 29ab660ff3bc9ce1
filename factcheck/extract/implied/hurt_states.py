"""States of someone hurt a reporter writes without "injured": care ("was treated and released",
"treated at the scene"), a condition ("The shooting left a man in critical condition", "A
17-year-old remains in critical condition"), life at stake ("A 3-year-old is fighting for his
life", "is clinging to life", "The boy remains on life support") and an outlook of recovery
("The baby is expected to be OK", "A man was expected to survive"). Each is 1 injured, as "in
critical condition" is. Pure.

Gathered from the vocabulary rounds (docs/gold-conventions.md "Vocabulary of casualty shapes
(session 29)": vocab36, vocab38, vdesc40, impl41, session 46, implvoc2; realgold7 and
realgold10 golds). Not hurt: "was treated unfairly", "fighting for his political life", "the
company is clinging to life", "is not expected to survive", "is expected to live with her
aunt", "left the house in good condition", the gunman of "The gunman left his brother in
critical condition" (the brother is hurt), "The 60-year-old remains were found" (remains).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from factcheck.extract.dependents import prep_objects
from factcheck.extract.implied.care_states import in_intensive_care
from factcheck.extract.implied.hurt_people import is_hurt_person, subject_people
from factcheck.extract.implied.implied_people import with_conjuncts
from factcheck.extract.implied.person_shapes import is_age_modifier, is_person_or_age
from factcheck.extract.lexicon import (
    CARE_CONDITION_WORDS,
    CARE_NOUNS,
    LIFE_FIGHT_VERBS,
    LIFE_MACHINE_NOUNS,
    LIFE_NOUNS,
    OUTLOOK_RECOVERY_NOUNS,
    OUTLOOK_RECOVERY_VERBS,
    OUTLOOK_STATES,
    OUTLOOK_VERBS,
    PERSON_POSSESSIVES,
    RELEASE_VERBS,
    TREAT_CARE_NOUNS,
    TREAT_CAREGIVER_NOUNS,
)
from factcheck.extract.token_index import tokens_with_lower


def treated_in_care(verb: Token) -> bool:
    """A passive "treat" of care: "was treated and released", "was treated at the scene",
    "treated at Mercy Hospital" (not "was treated unfairly", "treated to dinner")."""
    if verb.lemma_.lower() != "treat" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ == "conj" and c.lemma_.lower() in RELEASE_VERBS for c in verb.children):
        return True
    if any(a.lemma_.lower() in TREAT_CAREGIVER_NOUNS for a in _agents(verb)):
        return True  # "was treated by paramedics at the scene" (impl56)
    places = prep_objects(verb, "at") + prep_objects(verb, "in")
    return any(
        p.lemma_.lower() in TREAT_CARE_NOUNS
        or any(t.lemma_.lower() in TREAT_CARE_NOUNS for t in p.subtree)
        for p in places
    )


def _agents(verb: Token) -> list[Token]:
    """The doers after a passive's "by", with their conjuncts ("by medics and firefighters")."""
    return [
        a
        for p in verb.children
        if p.dep_ == "agent"
        for o in p.children
        if o.dep_ == "pobj"
        for a in [o, *o.conjuncts]
    ]


def fights_for_life(verb: Token) -> list[Token]:
    """The people a "fighting for his life" says are critically hurt: "A 3-year-old is fighting
    for his life", "Two men are fighting for their lives", "A boy was left fighting for his
    life", "a teen fighting for her life at Mercy Hospital" (not "fighting for his political
    life", "fighting for its life", "fighting for the life of the club")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in LIFE_FIGHT_VERBS:
        return []
    lives = [o for o in prep_objects(verb, "for") if o.lemma_.lower() in LIFE_NOUNS]
    if not lives or not any(
        c.dep_ == "poss" and c.lower_ in PERSON_POSSESSIVES for c in lives[0].children
    ):
        return []
    if any(c.dep_ in ("amod", "compound", "case") for c in lives[0].children):
        return []  # "his political life", "his life's work"
    people = [c for c in verb.children if c.dep_ == "nsubj"]
    if not people and verb.dep_ == "xcomp":
        # "A boy was left fighting for his life": the subject of "was left"
        people = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif not people and verb.dep_ == "acl" and verb.tag_ == "VBG":
        people = [verb.head]  # "a teen fighting for her life"
    if not people or not is_person_or_age(people[0]):
        return []
    return with_conjuncts(people[0])


# what may follow an outlook and keep it one of health: "expected to recover from his wounds",
# "to be okay after suffering a graze wound" (not "to live with her aunt")
_OUTLOOK_PREPS = frozenset({"after", "from", "despite", "following"})


def expected_recovery(verb: Token) -> list[Token]:
    """The people an outlook of recovery is said of: "The baby is expected to be OK", "A man
    was expected to survive", "The boy is expected to recover from his wounds" (not "is
    expected to live with her aunt", "to be fine with the deal", "to survive the primary")."""
    if verb.lemma_.lower() not in OUTLOOK_VERBS or verb.tag_ != "VBN":
        return []
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []  # "Police expect the boy to survive": who expects is no casualty
    if not any(_recovers(c) for c in verb.children if c.dep_ == "xcomp"):
        return []
    return subject_people(verb)


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
    if outlook.lemma_.lower() == "make" and len(after) == 1:
        # "is expected to make a full recovery" (impl56)
        return after[0].dep_ == "dobj" and after[0].lemma_.lower() in OUTLOOK_RECOVERY_NOUNS
    if outlook.lemma_.lower() != "be" or len(after) != 1:
        return False
    state = after[0]
    return (
        state.dep_ == "acomp"
        and state.lower_ in OUTLOOK_STATES
        and not any(c.dep_ == "prep" for c in state.children)  # not "fine with the deal"
    )


def on_life_support(support: Token) -> list[Token]:
    """The people a clause puts on life support: "The boy remains on life support", "A woman
    was placed on life support" (hurt, as "in critical condition"); not "the program is on
    life support" (no person), "doctors placed him on life support" (who places is no
    casualty; the object is read nowhere), "was taken off life support"."""
    machine = support.lower_ in LIFE_MACHINE_NOUNS  # "remains on a ventilator" (impl56)
    if not machine and (
        support.lower_ != "support"
        or not any(c.dep_ == "compound" and c.lower_ == "life" for c in support.children)
    ):
        return []
    prep = support.head
    if support.dep_ != "pobj" or prep.lower_ != "on" or prep.dep_ != "prep":
        return []
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
        return []
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not is_hurt_person(subjects[0]):
        return []
    return with_conjuncts(subjects[0])


# The word the parse takes for a noun after an age: "A 2-year-old remains in the hospital".
_REMAINS = frozenset({"remains"})


# What a misread "remains" stays in: "in the hospital", "in critical condition", "on life
# support" (the care the verb would have put its subject in).
_STAY_PREPOSITIONS = frozenset({"in", "on"})


def left_in_condition(state: Token) -> list[Token] | None:
    """The people a "leave" verb leaves in a condition: "The shooting left a man in critical
    condition", "leaving the teen in serious condition" (the verb's object, with the people
    listed with it).

    Returns None when ``state`` is no "leave" with an object ("A woman was left in critical
    condition": its subject, read as any state's), and [] when the object is no person ("left
    the house in good condition").
    """
    if state.lemma_.lower() != "leave" or state.pos_ != "VERB":
        return None
    objects = [c for c in state.children if c.dep_ == "dobj"]
    if not objects:
        return None
    return with_conjuncts(objects[0]) if is_person_or_age(objects[0]) else []


def find_aged_remains(doc: Doc) -> Iterator[tuple[int, int, str, int, Token]]:
    """Yield (start, end, "injured", 1, remains) for "A 17-year-old remains in critical
    condition", "A 2-year-old remains hospitalized", "A 3-year-old remains on life support",
    where the parse makes "remains" a noun the age modifies. The span is the age with its
    article ("A 2-year-old"), as the gold writes an age standing for a person."""
    for remains in tokens_with_lower(doc, _REMAINS):
        if remains.pos_ != "NOUN":
            continue
        ages = [c for c in remains.lefts if is_age_modifier(c)]
        if not ages or not _in_care(remains):
            continue
        first = min([ages[0].left_edge.i, *(c.i for c in remains.lefts if c.dep_ == "det")])
        start = doc[first].idx
        end = ages[0].idx + len(ages[0].text)
        yield start, end, "injured", 1, remains


def _in_care(remains: Token) -> bool:
    """ "remains in the hospital", "in critical condition", "on life support" (the misread noun
    heads the clause), or "remains hospitalized" (the noun is the participle's subject)."""
    if remains.dep_ == "nsubj" and remains.head.lemma_.lower() == "hospitalize":
        return True
    if remains.dep_ not in ("ROOT", "ccomp"):
        return False  # "ccomp": the report's clause ("..., police said"; "Police said a ...")
    if in_intensive_care(remains):
        return True  # "A 24-year-old remains in intensive care" (impl56)
    for prep in remains.children:
        if prep.dep_ != "prep" or prep.lower_ not in _STAY_PREPOSITIONS:
            continue
        for place in prep.children:
            if place.dep_ != "pobj":
                continue
            if place.lemma_.lower() in CARE_NOUNS:
                return True
            if place.lower_ == "condition" and any(
                c.lower_ in CARE_CONDITION_WORDS for c in place.children
            ):
                return True
            if place.lower_ == "support" and any(c.lower_ == "life" for c in place.children):
                return True
            if place.lower_ in LIFE_MACHINE_NOUNS:
                return True  # "remains on a ventilator" (impl56)
    return False


def clings_to_life(verb: Token) -> list[Token]:
    """The people "clinging to life" says are critically hurt: "A teen is clinging to life",
    "The shooting left a woman clinging to life" (not "the company is clinging to life", "clung
    to life's small joys")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "cling":
        return []
    lives = [o for o in prep_objects(verb, "to") if o.lower_ == "life" and not list(o.children)]
    if not lives:
        return []
    people = [c for c in verb.children if c.dep_ == "nsubj"]
    if not people and verb.dep_ == "acl" and verb.tag_ == "VBG":
        people = [verb.head]  # "left a woman clinging to life", "a teen clinging to life"
    if not people or not is_person_or_age(people[0]):
        return []
    return with_conjuncts(people[0])


def state_subjects(state: Token) -> list[Token]:
    """The subjects of a state's verb, or of the verb it is joined to where it has none: "Ann
    Lee survived but was in critical condition" (moved here from implied_predicates, session 54)."""
    people = [c for c in state.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not people and state.dep_ == "conj" and state.head.pos_ in ("VERB", "AUX"):
        people = [c for c in state.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return people
