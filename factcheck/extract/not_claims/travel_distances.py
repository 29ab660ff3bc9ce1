"""A distance someone covers on the way somewhere only places the scene (issue 11).

"The suspect drove about 20 miles to his mother's house", "she walked two blocks to a gas
station", "the victim ran about 100 yards before collapsing", "he drove two hours north to
the city": the distance says where the next thing happened, nothing checkable is measured
(docs/gold-conventions.md "Distances": "drove 9 miles to a friend's house" is not a claim).
A distance that is the measured fact stays a claim ("the parade route stretches 3 miles",
"the pipeline would run 1,100 miles"): the verb must be one of a person's travel and, for a
span of time, a direction or destination must follow. Pure.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.implied.person_shapes import is_casualty_person
from factcheck.extract.lexicon import (
    DISTANCE_UNITS,
    PLACING_WORDS,
    TRAVEL_AFTER_WORDS,
    TRAVEL_TIME_AFTER,
    TRAVEL_TIME_UNITS,
    TRAVEL_VERBS,
)

_PERSON_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "who", "you"})


def is_travel_distance(doc: Doc, start: int, end: int) -> bool:
    """True if the number at tokens ``start:end`` and the unit after it measure how far a
    person travelled on the way to the next event."""
    if end + 1 >= len(doc):
        return False
    unit = doc[end]
    unit_word = unit.lemma_.lower()
    after = doc[end + 1]
    if unit_word in TRAVEL_TIME_UNITS:
        # "drove two hours north to Orlando"; not "drove for two hours" (how long it lasted)
        if after.lower_ not in TRAVEL_TIME_AFTER or start > 0 and doc[start - 1].lower_ == "for":
            return False  # not "travel nearly three hours from Des Moines to ..." (the cost)
    elif unit_word not in DISTANCE_UNITS:
        return False
    if after.lower_ not in TRAVEL_AFTER_WORDS and after.lower_ not in PLACING_WORDS:
        return False
    verb = _governing_verb(unit)
    if verb is None or verb.lemma_.lower() not in TRAVEL_VERBS:
        return False
    subject = _subject(verb)
    return subject is None or _is_a_person(subject)


def _governing_verb(unit: Token) -> Token | None:
    """The verb whose object or adverbial the unit is: "drove [miles]", "ran for [blocks]"."""
    head = unit.head
    if head.pos_ in ("ADP", "ADV") and head.dep_ in ("prep", "advmod"):
        head = head.head  # "ran for [blocks]", "[yards] before collapsing", "[hours] north"
    if unit.dep_ in ("dobj", "npadvmod", "obj", "advmod", "pobj", "nsubj") and head.pos_ in (
        "VERB",
        "AUX",
    ):
        return head
    return None


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb`` or of the verb it is conjoined to ("fled and drove ...")."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head
    return None


def _is_a_person(token: Token) -> bool:
    """ "he", "the suspect", "Myers": a traveller; "the pipeline", "the route": a thing."""
    return (
        token.lower_ in _PERSON_PRONOUNS
        or token.ent_type_ == "PERSON"
        or token.pos_ == "PROPN"
        or is_casualty_person(token)
        or token.lemma_.lower() in ("suspect", "gunman", "shooter", "victim")
    )
