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

from factcheck.extract.implied_people import with_conjuncts
from factcheck.extract.lexicon import AGE_UNITS, PERSON_NOUNS, WOUND_NOUNS


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
        return token.ent_type_ == "PERSON"
    return token.lemma_.lower() in PERSON_NOUNS and token.pos_ == "NOUN"
