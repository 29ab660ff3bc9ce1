"""The person carried to care "with" a wound the parse hangs on the carrying verb (session 62,
imp62). Pure.

"A woman was taken to Harborview with a gunshot wound", "was transported to Regional One with a
gunshot wound to the leg", "The boy was taken by ambulance to Children's Mercy with a gunshot
wound": local news names the hospital without the word "hospital", so the transfer is not read
as care (``care_places.to_hospital``), and the parse hangs "with a gunshot wound" on the verb,
not on a person. The passive's subject is who has the wound (gold README "Implied counts": 1
injured, as "A man was found with gunshot wounds"). Only a passive verb of carrying
(``lexicon.HOSPITAL_VERBS``); not "Police took a man to jail with a gun" (no wound; an active).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import HOSPITAL_VERBS


def carried_person(verb: Token) -> Token | None:
    """The subject of "A woman was taken to Harborview" for ``verb`` "taken", when a wound is
    "with" it; else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in HOSPITAL_VERBS:
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return subjects[0] if subjects else None
