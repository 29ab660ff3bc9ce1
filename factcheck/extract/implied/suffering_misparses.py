"""Who is "suffering from" a wound where the parse misreads the participle: "Officers located an
adult male suffering from a gunshot wound" ("suffering" a noun, "male" its modifier), "A man
showed up at the hospital suffering from a gunshot wound" ("hospital suffering" a compound),
"found Ann Lee lying in the street suffering from gunshot wounds" (the participle hung on the
place), "located a man suffering from ..." (a participle on the person, ``acl``). Pure.

A police report's "suffering from a gunshot wound" always says of the person before it that
they are hurt (gold README "Implied counts"; "suffering from" is already read where the parse
is right, ``wound_holders.wound_haver``); en_core_web_sm often tags "suffering" a noun after a
noun it can join, so the person is found by the tree around the participle: its own person
modifier, the subject of the verb its place hangs on, or the person it modifies. Not counted:
"the suffering of the victims' families" (no "from" a wound), "suffering from depression"
(the caller asks for a wound), a thing before it ("the city is suffering from ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import CASUALTY_PERSON_NOUNS, PLACE_PREPOSITIONS


def misparsed_sufferer(suffering: Token) -> Token | None:
    """The person ``suffering`` (the word of "suffering from <wound>") is said of, where the
    parse makes it a noun, a participle on a place, or a participle on the person; else None."""
    if suffering.lower_ != "suffering":
        return None
    if suffering.dep_ == "acl" and _is_person(suffering.head):
        person = suffering.head
        if person.dep_ == "conj" or any(c.dep_ == "conj" for c in person.children):
            return None  # "found a man and a woman suffering from ...": the list's (coordinated_victims.py)
        return person  # "located a man suffering from ..."
    own = [c for c in suffering.children if c.dep_ in ("amod", "compound") and _is_person(c)]
    if suffering.pos_ == "NOUN" and own:
        return own[-1]  # "an adult male suffering from ...": "male" the noun's modifier
    if suffering.dep_ != "pobj" or suffering.head.lower_ not in PLACE_PREPOSITIONS:
        return None
    # "showed up at the hospital suffering from ...", "lying in the street suffering from ...":
    # the place's preposition hangs on the verb whose subject is hurt
    verb = suffering.head.head
    if verb.pos_ != "VERB":
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects[0] if subjects and _is_person(subjects[0]) else None


def _is_person(token: Token) -> bool:
    if token.pos_ == "PROPN" and token.ent_type_ == "PERSON":
        return True
    return token.lemma_.lower() in CASUALTY_PERSON_NOUNS and token.pos_ in ("NOUN", "ADJ")
