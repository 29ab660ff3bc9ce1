"""Clauses a hedge on another clause does not reach. Pure.

A hedge says that what its own clause asserts is a belief, estimate or allegation (gold README,
"hedged"). Two kinds of clause beside or below it assert nothing under the hedge:

- a clause coordinated with the hedged one that has a subject of its own: "The woman was
  allegedly shot by her boyfriend, and her two children were unharmed", "Police say the shooting
  may have been gang-related, and four people were hurt". What the second clause says is stated
  as fact; a second verb without its own subject ("believed to have killed two and wounded
  three") shares the first one's hedge.
- a time clause, whose event the sentence takes as known: "Officers believe the suspect fled
  after shooting three people", "Police do not believe the public is in danger after three
  people were shot". The belief is about the flight or the danger, not about the shooting. An
  allegation adverb keeps what the act is said to have done ("allegedly fled after stealing
  $500") hedged, as `caveat_hedges` does for what an act took.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import ALLEGATION_ADVERBS, TIME_CLAUSE_MARKS

_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj")


def own_coordinate_clause(child: Token, parent: Token, anchor: Token, hedge: Token) -> bool:
    """``child`` is a verb coordinated with the hedged clause's verb ``anchor`` (its parent)
    that has a subject of its own: a second statement, outside the hedge. Not when the hedge
    opens the sentence before the first clause's subject ("Reportedly, 300 homes were destroyed
    and 1,200 people were displaced"): then it covers both."""
    if child.dep_ != "conj" or parent.i != anchor.i:
        return False
    subjects = [c.i for c in anchor.children if c.dep_ in _SUBJECT_DEPS]
    if hedge.i != anchor.i and subjects and hedge.i < min(subjects):
        return False
    return any(c.dep_ in _SUBJECT_DEPS for c in child.children)


def known_time_clause(child: Token, hedge: Token) -> bool:
    """``child`` opens a time clause ("after three people were shot", "after shooting three
    people", "before two officers arrived") on the hedged clause: its event is taken as known.
    Not under an allegation adverb, whose act is alleged with what it did."""
    if hedge.lower_ in ALLEGATION_ADVERBS:
        return False
    if child.dep_ == "prep":
        return child.lower_ in TIME_CLAUSE_MARKS and any(c.dep_ == "pcomp" for c in child.children)
    if child.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in TIME_CLAUSE_MARKS for c in child.children)
    return False


def beside_in_own_clause(number: Token, anchor: Token) -> bool:
    """Going up from the figure to ``anchor`` (a verb above it) passes a clause coordinated with
    the anchor's own that has a subject of its own: "Trump denied mocking the reporter, and he
    leads the field with 35 percent" (the denial does not dispute the 35 percent)."""
    child = number
    for parent in number.ancestors:
        if parent.i == anchor.i:
            return own_coordinate_clause(child, parent, anchor, anchor)
        child = parent
    return False
