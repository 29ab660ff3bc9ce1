"""The holder of a wound the parse hangs on a place: "Officers found a 17-year-old inside the
apartment with a gunshot wound to the leg", "a man in a parked car with gunshot wounds". Pure.

en_core_web_sm attaches "with a gunshot wound" to the nearest noun, which after a place phrase
is the place ("apartment"), not the person found there; ``wound_holders.wounded_person`` then
finds no person. A place is no holder of a wound, so the holder is what the place phrase hangs
on: the person ("a 17-year-old inside the apartment") or the verb ("was found in a car"), which
``wounded_person`` reads as it reads a "with" hung there. Gold README "Implied counts" (a person
with a gunshot wound is 1 injured, realgold8 README); the shape is ordinary news English
(docs/gold-conventions.md, "Vocabulary of casualty shapes": the ruling of session 29).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import CASUALTY_PERSON_NOUNS, PLACE_PREPOSITIONS


def place_holder(holder: Token) -> Token:
    """What the place ``holder`` is said of, where ``holder`` is the object of a preposition of
    place and no person ("inside the apartment" -> "17-year-old"); else ``holder`` itself."""
    if holder.dep_ != "pobj" or holder.lemma_.lower() in CASUALTY_PERSON_NOUNS:
        return holder
    if holder.pos_ not in ("NOUN", "PROPN") or holder.ent_type_ == "PERSON":
        return holder
    prep = holder.head
    if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPOSITIONS:
        return holder
    return prep.head
