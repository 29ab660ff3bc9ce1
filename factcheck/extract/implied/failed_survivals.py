"""A death said by a failed "make it": "The victim did not make it", "A 19-year-old didn't make
it through surgery" (1 killed each; gold README "Implied counts"). Pure.

impl56: local reports and the people they quote say a victim's death so as often as "died";
written from knowledge of crime reporting, not from the corpus. Read only where the sentence or
the one before tells of a casualty (``casualty_context.py``), of a person or an age as the
subject (a pronoun is read where its antecedent is), with "did" ("will not make it" is an
outlook), and with nothing after "it" but "through" ("did not make it through the night");
not "The team did not make it to the finals", "The bill didn't make it", "did not make it home".
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.casualty_context import casualty_told
from factcheck.extract.implied.implied_people import with_conjuncts
from factcheck.extract.implied.person_shapes import is_person_or_age

# The dependents a failed "make it" may have besides its subject, "did", "not" and "it".
_PLAIN_DEPS = frozenset({"nsubj", "aux", "neg", "dobj", "punct", "cc", "conj", "advmod"})
# Adverbs that move "make it" somewhere: "did not make it home", "didn't make it back".
_PLACE_ADVERBS = frozenset({"home", "back", "out", "in", "inside", "there", "here", "over"})


def failed_survivors(negation: Token) -> list[Token]:
    """The people whose "did not make it" ``negation`` (the "not") says died, with their
    conjuncts; empty when it says no death."""
    verb = negation.head
    if negation.dep_ != "neg" or verb.lemma_.lower() != "make" or verb.pos_ != "VERB":
        return []
    children = list(verb.children)
    if [c.lower_ for c in children if c.dep_ == "aux"] not in (["did"], ["does"]):
        return []
    if [c.lower_ for c in children if c.dep_ == "dobj"] != ["it"]:
        return []
    for child in children:
        if child.dep_ == "prep" and child.lower_ == "through":
            continue  # "did not make it through surgery"
        if child.dep_ not in _PLAIN_DEPS or child.lower_ in _PLACE_ADVERBS:
            return []
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if not subjects or not is_person_or_age(subjects[0]) or not casualty_told(verb):
        return []
    return with_conjuncts(subjects[0])
