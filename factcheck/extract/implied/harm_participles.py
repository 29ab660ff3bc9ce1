"""The person a participle of harm describes where the parse gives it no subject of its own
(implwide, session 50). Pure.

"A man was bleeding heavily" and "A man suffered a gunshot wound" are read from their subjects
(``wound_phrases.bleeding_people``, ``wound_holders.wound_haver``). A reporter also hangs
the harm on the person wherever the person stands, as a participle:
- "Deputies were called about a man bleeding in a parking lot", "Officers found a man bleeding
  on the porch": the parse hangs the participle on the noun;
- "found a woman bleeding from the head": the parse makes the person the participle's subject
  under "found";
- "tried to save a man who was bleeding heavily": the relative's noun;
- "A woman walked to a neighbor's house, bleeding from a gunshot wound", "showed up at a fire
  station suffering from stab wounds": who came (the parse may hang the participle on the
  place). For a wound suffered only this mover is read: "tended to a woman suffering from a
  gunshot wound" added one claim the GVA record contradicts on the testbed, the person perhaps
  dead.
Each is 1 injured, as the clause with a subject is. Not counted: a thing ("the wound bleeding",
"a company bleeding cash": no person), a pronoun (read where its person is named), a participle
after a finding's place ("Officers found a man in a car bleeding": no motion, the finders are
not hurt), a motion with an object ("carried a child out, bleeding").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.person_shapes import is_person_or_age
from factcheck.extract.implied.relative_people import relative_person
from factcheck.extract.lexicon import FIND_VERBS

# verbs of coming or going whose closing participle of harm describes who moved ("walked to a
# neighbor's house, bleeding", "showed up at a fire station suffering from stab wounds")
MOTION_VERBS = frozenset({
    "walk", "run", "arrive", "show", "go", "come", "stumble", "stagger", "crawl", "drive",
    "limp", "return", "flee", "turn",
})  # fmt: skip


def participle_person(verb: Token) -> Token | None:
    """The person ``verb``, a participle of harm ("bleeding", "suffering"), describes: the noun
    it hangs on, the person found in its state, the noun of its relative "who", or the mover
    of the clause it closes; else None."""
    mover = participle_mover(verb)
    if mover is not None:
        return mover
    if verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN"):
        person = verb.head  # "a man bleeding in a parking lot"
    elif verb.dep_ == "ccomp" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in FIND_VERBS:
        # "found a woman bleeding from the head": the parse makes her the participle's subject
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects:
            return None
        person = subjects[0]
    elif verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in FIND_VERBS:
        # "A man was found bleeding": the passive's subject (impl56)
        subjects = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        if not subjects:
            return None
        person = subjects[0]
    elif verb.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children
    ):
        person = relative_person(verb)  # "a man who was bleeding heavily"
    else:
        return None
    return person if is_person_or_age(person) else None


def participle_mover(verb: Token) -> Token | None:
    """The subject of "A woman walked to a neighbor's house, bleeding from a gunshot wound",
    "A man showed up at a fire station suffering from stab wounds": a participle closing a
    clause of coming or going, which the parse hangs on the verb or on its place ("station"),
    describes who came (not "Officers found a man in a car bleeding": a finding, no motion)."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ in ("acl", "pobj") and head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj":
        if is_person_or_age(head):
            return None  # "a man bleeding": the noun's own participle
        head = head.head.head  # "at a fire station suffering": the place's verb
    elif verb.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "ran into a store bleeding": the parse calls it the object
    elif verb.dep_ != "advcl":
        return None
    if head.pos_ != "VERB" or head.lemma_.lower() not in MOTION_VERBS:
        return None
    if any(c.dep_ == "dobj" for c in head.children):
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects and is_person_or_age(subjects[0]) else None
