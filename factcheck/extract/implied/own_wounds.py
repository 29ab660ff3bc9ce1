"""Two people a casualty verb acts on, each with the place of its own wound: "hit a woman in the
arm and a man in the chest", "striking the girl in the face and her mother in the back". Pure.

Gold README "Implied counts" (``gapped_objects.py``): each person a casualty verb acts on is
counted where the text names them with their own wound, one count each (realgold: "striking
the 4-year-old girl in the face and her mother in the back of the head" is 1 and 1). The parse
may hang the second person on the first as its conjunct, not on the verb or the first wound,
so the verb counted the pair as one phrase of 2. This test says when a conjunct is such a
second person: the first person's wound stands between them and the second has its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import BODY_PARTS, WOUND_PLACE_PREPS

# a person, a name, a pronoun, or an age standing for one ("the 16-year-old": "old")
_PERSON_POS = frozenset({"NOUN", "PROPN", "PRON", "ADJ"})


def has_own_wound(person: Token, conjunct: Token) -> bool:
    """``conjunct``, a conjunct of ``person``, follows ``person``'s own wound ("a woman in the
    arm and a man ...") and has a wound of its own after it ("... a man in the chest")."""
    if conjunct.dep_ != "conj" or conjunct.head != person:
        return False
    if person.pos_ not in _PERSON_POS:
        return False  # "shooting him in the foot and the teen in the hand": the verb's own
    return any(is_wound_place(p) and p.i < conjunct.i for p in person.children) and any(
        is_wound_place(p) for p in conjunct.children
    )


def is_wound_place(prep: Token) -> bool:
    """ "in the leg", "to the head": a preposition whose object is a part of the body."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in WOUND_PLACE_PREPS
        and any(o.dep_ == "pobj" and o.lemma_.lower() in BODY_PARTS for o in prep.children)
    )
