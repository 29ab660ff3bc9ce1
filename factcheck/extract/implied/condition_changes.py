"""A patient whose condition a hospital changed: "The victim was upgraded to stable condition",
"A man was downgraded to critical condition", "The boy's condition was upgraded to fair"
(impl56b). Pure.

A person in a hospital's condition is hurt ("remains in critical condition", "listed in fair
condition": 1 injured, gold README "Implied counts"; care_states.py); a report that the
condition changed says the same of the same person in the words local follow-ups use. Only
with a condition word after "to" (CARE_CONDITION_WORDS), so "upgraded to first class", "the
bond rating was downgraded to junk" count no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.hurt_people import is_hurt_person
from factcheck.extract.implied.implied_people import with_conjuncts
from factcheck.extract.lexicon import CARE_CONDITION_WORDS, CONDITION_CHANGE_VERBS


def condition_changed(verb: Token) -> list[Token]:
    """The people whose condition ``verb`` ("upgraded", "downgraded") changed to a hospital's
    condition: the passive subject, or the owner of a subject "condition"; else empty."""
    if verb.lemma_.lower() not in CONDITION_CHANGE_VERBS or verb.pos_ != "VERB":
        return []
    if any(c.dep_ == "neg" for c in verb.children):
        return []  # "was not upgraded"
    # "to stable condition" (pobj); "to fair", the word the parse may hang on "to" as an
    # adjective
    preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"]
    if not any(_is_condition(o) for p in preps for o in p.children):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects:
        return []
    person = subjects[0]
    if person.lower_ == "condition":
        owners = [c for c in person.children if c.dep_ == "poss"]
        person = owners[0] if owners else person
    return with_conjuncts(person) if is_hurt_person(person) else []


def _is_condition(word: Token) -> bool:
    """ "stable condition", "fair" (the condition word alone)."""
    if word.lower_ == "condition":
        return any(c.lower_ in CARE_CONDITION_WORDS for c in word.children if c.dep_ == "amod")
    return word.lower_ in CARE_CONDITION_WORDS
