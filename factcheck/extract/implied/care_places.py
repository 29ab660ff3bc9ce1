"""Places of care a verb takes people to or keeps them in: "taken to a hospital", "taken to the
ER", "rushed into emergency surgery", "is still in the hospital", "undergoing surgery". Pure.

Split from ``implied_predicates.py``, which counts the people taken or kept there as injured
(gold README, "Repeats": a claim at each place). Not a place of care: "taken to the police
station", "went into the store".
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    CARE_NOUNS,
    HOSPITAL_ABBREVIATIONS,
    HOSPITAL_NAME_WORDS,
    HOSPITAL_WARDS,
)


def to_hospital(verb: Token) -> bool:
    """ "taken to a hospital", "taken to Harbor Medical Center", "to a trauma center"; also where
    the parse hangs the place on the verb's object ("EMS transported a 19-year-old to the
    hospital": "to" under "old", session 53)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        p.dep_ == "prep"
        and p.lower_ == "to"
        and any(
            o.lemma_.lower() == "hospital"
            # "taken to the ER", "to the emergency room" (impl41)
            or o.text in HOSPITAL_ABBREVIATIONS
            or o.lemma_.lower() in HOSPITAL_WARDS
            and any(c.dep_ == "compound" and c.lower_ == "emergency" for c in o.children)
            or any(c.dep_ == "compound" and c.lower_ in HOSPITAL_NAME_WORDS for c in o.children)
            for o in p.children
        )
        for p in [*verb.children, *(c for o in objects for c in o.children)]
    )


def into_surgery(verb: Token) -> bool:
    """ "was taken into surgery", "rushed into emergency surgery": care, as a hospital is."""
    return any(
        p.dep_ == "prep" and p.lower_ == "into" and o.lemma_.lower() == "surgery"
        for p in verb.children
        for o in p.children
    )


def is_in_care(verb: Token) -> bool:
    """ "in the hospital", "into surgery", "undergoing surgery": the verb's place is care."""
    return any(
        (c.dep_ == "prep" and c.lower_ in ("in", "into") or c.dep_ == "dobj")
        and any(o.lemma_.lower() in CARE_NOUNS for o in (c.children if c.dep_ == "prep" else [c]))
        for c in verb.children
    )
