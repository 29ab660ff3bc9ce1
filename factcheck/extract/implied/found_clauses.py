"""The person of a small clause a finding verb takes, where the parse hangs a wound on the
clause's verb: "Officers found a man slumped over the wheel with a gunshot wound to the neck",
"found a woman sitting in her car with gunshot wounds". Pure.

Session 54 (impl54): the parse reads "found a man slumped ..." as "found [a man slumped ...]",
a clause whose subject is the person found, and hangs "with a gunshot wound" on its verb; the
wound is the person's, as in "found a man lying in the street with ..." (``lying_person``,
impl41) and "found a man unresponsive with ..." (``wound_holders.wounded_person``). Only a
clause of a finding verb ("find", "discover", "locate") with a person for its subject: not
"found that the gun had a scope", not "found the car parked with ...".
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.person_shapes import is_person_or_age
from factcheck.extract.lexicon import FIND_VERBS


def found_clause_person(state: Token) -> Token | None:
    """The person found, when ``state`` is the verb or state of a finding verb's small clause
    ("found [a man slumped over the wheel]"), else None."""
    if state.dep_ != "ccomp" or state.pos_ not in ("VERB", "ADJ"):
        return None
    if state.head.lemma_.lower() not in FIND_VERBS:
        return None
    if any(c.dep_ == "mark" or c.dep_ == "aux" for c in state.children):
        return None  # "found that he had been ...": a clause of its own, no small clause
    subjects = [c for c in state.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].pos_ == "PRON" or not is_person_or_age(subjects[0]):
        return None
    return subjects[0]
