"""People a verb of care carries to a hospital as its object (implwide, session 50). Pure.

docs/gold-conventions.md "Vocabulary of casualty shapes": a transfer to a hospital is a
statement of care, 1 injured ("A woman was taken to a hospital"). The passive is read in
``implied_predicates.py`` from its subject; a reporter also writes it active, the person as
the object: "Medics took a woman to the hospital", "Paramedics rushed a teenager to Mercy
Hospital", "EMS transported a man to a trauma center" (1 injured each). Not counted: a pronoun
("rushed him to the hospital": its person is counted where named), a thing ("took the car to
a garage", "took a sample to the hospital": no person), a modal or negated transfer (read by
``is_unreal``), who carries ("Medics" is the subject, never the object).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.person_shapes import is_person_or_age
from factcheck.extract.lexicon import HOSPITAL_VERBS


def carried_people(verb: Token) -> list[Token]:
    """The person ``verb`` carries to care, as its direct object ("Medics took a woman to the
    hospital": the woman); empty where the verb is passive or its object is no person. The
    caller asks whether the place is one of care."""
    if verb.lemma_.lower() not in HOSPITAL_VERBS or verb.pos_ != "VERB":
        return []
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []  # "A woman was taken to ...": the passive's subject, read elsewhere
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or not is_person_or_age(objects[0]):
        return []
    person = objects[0]
    if person.lower_ in ("himself", "herself", "themselves"):
        return []  # "drove himself to a hospital" (care_arrivals.py)
    return [person]
