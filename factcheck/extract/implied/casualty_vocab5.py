"""Ordinary local-news casualty shapes, fifth round (impl41, session 33). Pure.

docs/gold-conventions.md "Vocabulary of casualty shapes (session 29)": "Both victims' injuries
are described as superficial", "The boy's injuries were not life-threatening", "Ann Lee's
wounds are not considered serious" (the people whose injuries the clause describes are hurt:
injured, as "The girl sustained serious injuries"; realgold14 gold "Both victims"). Not counted:
"the team's injuries", "the company's injury claims" (no person), "injuries to the boy's arm"
(the injuries are no subject; read where the verb says the harm).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.implied_people import with_conjuncts
from factcheck.extract.implied.named_victims import PersonNames, is_named
from factcheck.extract.lexicon import AGE_UNITS, CASUALTY_PERSON_NOUNS, FIND_VERBS, WOUND_NOUNS


def injuries_owner(injuries: Token) -> list[Token]:
    """The people whose injuries or wounds are the subject of a clause: "Both victims' injuries
    are described as superficial", "The boy's wounds were not life-threatening"."""
    if injuries.lemma_.lower() not in WOUND_NOUNS or injuries.pos_ != "NOUN":
        return []
    if injuries.dep_ not in ("nsubj", "nsubjpass") or injuries.head.pos_ not in ("VERB", "AUX"):
        return []
    if any(c.dep_ == "compound" for c in injuries.children):
        return []  # "the boy's injury claims" is no state of the boy
    owners = [c for c in injuries.children if c.dep_ == "poss"]
    if not owners or not _is_person(owners[0]):
        return []
    return with_conjuncts(owners[0])


def _is_person(token: Token) -> bool:
    """A person noun, an age standing for one ("the 5-month-old's"), or a person's name."""
    if token.lower_ == "old":
        return any(c.dep_ == "npadvmod" and c.lemma_.lower() in AGE_UNITS for c in token.children)
    if token.pos_ == "PROPN":
        # a surname the tagger calls something else, named as a person elsewhere
        return token.ent_type_ == "PERSON" or is_named(token, PersonNames(token.doc))
    return token.lemma_.lower() in CASUALTY_PERSON_NOUNS and token.pos_ == "NOUN"


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


def on_life_support(support: Token) -> list[Token]:
    """The people a clause puts on life support: "The boy remains on life support", "A woman
    was placed on life support" (hurt, as "in critical condition"); not "the program is on
    life support" (no person), "doctors placed him on life support" (who places is no
    casualty; the object is read nowhere), "was taken off life support"."""
    if support.lower_ != "support" or not any(
        c.dep_ == "compound" and c.lower_ == "life" for c in support.children
    ):
        return []
    prep = support.head
    if support.dep_ != "pobj" or prep.lower_ != "on" or prep.dep_ != "prep":
        return []
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
        return []
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not _is_person(subjects[0]):
        return []
    return with_conjuncts(subjects[0])
