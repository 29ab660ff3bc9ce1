"""The people of a casualty where the parse hangs them on the wrong word: "Police found a man and
a woman dead" (the trailing "dead" on the last person only: both killed), "Both the suspect
and the child were taken to a hospital" (each a subject of its own: 2), "Police found a
22-year-old dead" ("dead" read as a noun), "located another person lying wounded", "A man was
found suffering from a gunshot wound", "A teen was slain near the park" ("slain" read as the
copula's complement). Pure.

Gathered from the vocabulary rounds (vocab38 ``casualty_vocab3.py``, impl41
``casualty_vocab5.py``, implvoc ``casualty_vocab7.py``). Not counted: "found a man dead and a
woman hurt" (the second has its own state), "found two men and a woman dead" (the figure is
its own claim, realgold10 gold), "lying in wait", "the dead" alone.

A list of three or more the parse splits into several subjects of its verb: "A teenager, his
mother and a neighbor were killed" (the first person an npadvmod, the others the subject and
its conjunct: ``listed_before``), "A man, a woman and a child were taken to the hospital" (the
count read the first alone: ``listed_after``); impl58.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.datelines import without_datelines
from factcheck.extract.implied.implied_people import with_conjuncts
from factcheck.extract.implied.person_shapes import is_age_word, is_person_or_age
from factcheck.extract.lexicon import (
    ADJECTIVE_PARTICIPLES,
    CASUALTY_PERSON_NOUNS,
    FIND_VERBS,
    HURT_STATE_WORDS,
    LEFT_DEAD_VERBS,
)

# the arcs by which the parse may hang the first people of a list on its verb ("A teenager, his
# mother and a neighbor were killed": "teenager" an npadvmod, "mother" the subject)
_SPLIT_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "npadvmod"})


def listed_before(people: list[Token]) -> list[Token]:
    """The people of a list "X, Y and Z" the parse splits off before its last two: "A teenager,
    his mother and a neighbor were killed", "The driver, a passenger and a bystander were
    injured", "A security guard, a cook and a customer were among those wounded" (each its
    own arc on the verb, the count only the last two or the first one; impl58). A person noun,
    an age or a name, a subject-like child of the same verb that ends right before a comma
    before the people; only where the people are joined by "and" themselves (a list, not an
    apposition: "The victim, a man, ..." is one person)."""
    if len(people) < 2 or people[0].dep_ not in _SPLIT_SUBJECT_DEPS:
        return []
    verb = people[0].head
    doc = people[0].doc
    siblings = [c for c in verb.children if c.dep_ in _SPLIT_SUBJECT_DEPS and c.i < people[0].i]
    before: list[Token] = []
    start = people[0].left_edge.i
    for sibling in reversed(siblings):
        # the comma may hang on either side
        if (
            start < 2
            or doc[start - 1].text != ","
            or sibling.right_edge.i not in (start - 2, start - 1)
        ):
            break
        if not (is_person_or_age(sibling) or sibling.lemma_.lower() in CASUALTY_PERSON_NOUNS):
            break
        before.insert(0, sibling)
        start = sibling.left_edge.i
    return before


def listed_after(people: list[Token]) -> list[Token]:
    """The rest of a list "X, Y and Z" where the count read its first person alone: "A man, a
    woman and a child were taken to the hospital", "A security guard, a cook and a customer
    were among those wounded" (the parse makes "X" and "Y" each a subject of the verb, "Z" a
    conjunct of "Y"; impl58): the next subject-like child of the same verb, right after a
    comma after the person, with its conjuncts joined by "and"."""
    if len(people) != 1 or people[0].dep_ not in _SPLIT_SUBJECT_DEPS:
        return []
    person = people[0]
    doc = person.doc
    after = person.right_edge.i  # the comma may hang on the person or on the verb
    if doc[after].text != ",":
        after += 1
    if after + 1 >= len(doc) or doc[after].text != ",":
        return []
    nxt = next(
        (
            c
            for c in person.head.children
            if c.dep_ in _SPLIT_SUBJECT_DEPS and c.left_edge.i == after + 1
        ),
        None,
    )
    if nxt is None:
        return []
    rest = with_conjuncts(nxt)
    if len(rest) < 2 or not all(
        is_person_or_age(p) or p.lemma_.lower() in CASUALTY_PERSON_NOUNS for p in rest
    ):
        return []
    return rest


def dead_coordination(state: Token) -> list[Token]:
    """The people a trailing "dead" is said of, where the parse hangs it on the last of them:
    "found a man and a woman dead" ("dead" on "woman"), "left Ann Lee, 61, and Tom Lee, 10,
    dead", "found a woman and a man, both dead": every person of the object's coordination
    before "dead". Only the noun it hangs on where the coordination holds a figure ("two men
    and a woman": the figure is its own claim) or is not an object."""
    person = state.head
    first = person
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    if first.dep_ != "dobj":
        return [person]
    people = [p for p in with_conjuncts(first) if p.i < state.i]
    if (
        len(people) < 2
        or person not in people
        or any(c.dep_ == "nummod" and c.i < p.i for p in people for c in p.children)
    ):
        return [person]
    return people


def joined_subjects(verb: Token, deps: tuple[str, ...]) -> list[Token]:
    """Every subject of ``verb`` joined by "and", where the parse gives each its own arc ("Both
    the suspect and the minor child were taken to a hospital": two passive subjects); the first
    alone where there is one."""
    subjects = [c for c in verb.children if c.dep_ in deps and c.i < verb.i]
    subjects = without_datelines(subjects)  # "ATLANTA — A man was taken to ..." (datelines.py)
    if len(subjects) < 2:
        return subjects
    first, second = subjects[0], subjects[1]
    joined = any(
        c.dep_ == "cc" and c.lower_ == "and" and first.i < c.i < second.i for c in first.children
    )
    return subjects[:2] if joined else subjects[:1]


def aged_dead(dead: Token) -> list[Token]:
    """The ages a found or left "dead" is said of, where the parse reads "dead" as a noun with
    the ages as its modifiers: "Police found a 22-year-old dead inside a car", "found the
    13-year-old and 6-year-old dead", "The shooting left a 19-year-old dead" (each age is one
    person killed; not "the dead" alone, "found the 13-year-old's dog dead")."""
    if dead.lower_ != "dead" or dead.pos_ != "NOUN" or dead.dep_ != "dobj":
        return []
    if dead.head.lemma_.lower() not in FIND_VERBS | LEFT_DEAD_VERBS:
        return []
    return [c for c in dead.children if c.dep_ == "amod" and c.i < dead.i and is_age_word(c)]


def lying_hurt(state: Token) -> Token | None:
    """The person found or lying hurt: "located another person lying wounded in a ditch", "A
    man was found lying wounded on the sidewalk", "A woman was lying injured in the road" (not
    "lying in wait", "Police found ..." whose finder is no casualty)."""
    if state.lower_ not in HURT_STATE_WORDS:
        return None
    head = state.head
    if head.lemma_.lower() == "lie" and head.tag_ == "VBG" and state.dep_ != "conj":
        lying = head
    elif any(c.dep_ == "auxpass" and c.lower_ == "lying" for c in state.children):
        lying = state  # "was found lying wounded": the parse makes "lying" an auxiliary
    else:
        return None
    if lying.dep_ == "acl":
        person = lying.head  # "another person lying wounded"
    else:
        main = lying.head if lying.dep_ in ("xcomp", "oprd", "ccomp") else lying
        if main is not lying and main.lemma_.lower() not in FIND_VERBS:
            return None
        deps = ("nsubjpass",) if main is not lying else ("nsubj", "nsubjpass")
        subjects = [c for c in main.children if c.dep_ in deps]
        if not subjects:
            return None
        person = subjects[0]
    return person if is_person_or_age(person) else None


def found_subjects(state: Token) -> list[Token]:
    """Who a finding verb finds in the state of ``state``: "A man was found suffering from a
    gunshot wound", "The victim was found unresponsive with gunshot wounds", "found a man
    unresponsive with ..." (the parse gives the state no subject of its own; "found a man
    suffering" mostly gives it one)."""
    verb = state.head
    if state.dep_ not in ("xcomp", "oprd", "advcl") or verb.lemma_.lower() not in FIND_VERBS:
        return []
    if any(c.dep_ == "auxpass" for c in verb.children):
        return [c for c in verb.children if c.dep_ == "nsubjpass"]
    return [c for c in verb.children if c.dep_ == "dobj" and c.i < state.i]


def lying_person(state: Token) -> Token | None:
    """The person a state of lying, sitting or being found describes, where the parse hangs a
    "with a gunshot wound" on the state: "found a man lying in the street with ...", "A man was
    found lying in a parking lot with ...", "was found unresponsive with gunshot wounds"."""
    if (
        state.dep_ == "acl"
        and state.tag_ == "VBG"
        and state.head.lemma_.lower() in CASUALTY_PERSON_NOUNS
    ):
        return state.head
    found = found_subjects(state)
    return found[0] if found else None


def misread_passive(verb: Token) -> Token | None:
    """The "be" of "A teen was slain near the park", where the parse makes the participle the
    copula's complement (acomp) rather than the passive's verb: its subject is the one the
    participle happened to."""
    # "The 24-year-old was slain": the participle may be tagged an adjective (impl56b)
    if verb.dep_ != "acomp" or not (verb.tag_ == "VBN" or verb.lower_ in ADJECTIVE_PARTICIPLES):
        return None
    head = verb.head
    if head.lemma_.lower() != "be" or not any(c.dep_ == "nsubj" for c in head.children):
        return None
    return head
