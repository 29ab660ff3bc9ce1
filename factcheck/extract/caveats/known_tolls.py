"""The toll of a harm someone is accused of is known: only who did it is alleged. Pure.

Gold README, "hedged": "the figure is a belief, estimate or allegation". Under an allegation
frame the victims of the act are no part of the allegation: the bodies and the wounded are
found, the doer is what the charge says (the tuning golds leave "accused of shooting a
38-year-old man", "charged with killing a father and son", "allegedly killed his wife",
"suspected of slaying wife and son" unhedged; `caveat_scope.allegation` already spares the
objects of a harm verb under "accused"/"charged"). Two shapes it did not read:

- "suspected of"/"suspected in" is an accusation, as "accused of" is, not a belief about the
  figure: "a man suspected of killing three people" counts the killed, a known toll; "suspected
  of stealing $5,000" stays hedged (what was taken is the allegation).
- a toll the charged event left: "accused of a massacre that left nine dead", "charged in the
  incident that left one person dead and dozens injured": the figure counts whom the event
  left dead or hurt.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    HARM_STATED_WORDS,
    KNOWN_TOLL_LEAVE_VERBS,
    KNOWN_TOLL_STATES,
    SUSPECTED_OF_PREPS,
    VICTIM_VERBS,
)

_HARM_LEMMAS = VICTIM_VERBS | HARM_STATED_WORDS


def suspected_of(token: Token) -> bool:
    """ "suspected of"/"suspected in" an act: an accusation frame, not a belief about a size."""
    return (
        token.lemma_.lower() == "suspect"
        and token.pos_ == "VERB"
        and any(c.dep_ == "prep" and c.lower_ in SUSPECTED_OF_PREPS for c in token.children)
    )


def victims_of_suspected_harm(number: Token, suspected: Token) -> bool:
    """The figure counts whom the harm the suspect is suspected of hit: "suspected of slaying
    wife and son" (an implied count on its verb), "suspected of killing three people"."""
    if not suspected_of(suspected):
        return False
    harm = number if number.pos_ == "VERB" else None
    if harm is None:
        counted = number.head if number.dep_ in ("nummod", "quantmod") else number
        while counted.dep_ == "conj" and counted.head.i != counted.i:
            counted = counted.head
        if counted.dep_ not in ("dobj", "nsubjpass"):
            return False
        harm = counted.head
    if harm.lemma_.lower() not in _HARM_LEMMAS and harm.lower_ not in _HARM_LEMMAS:
        return False
    return suspected.i in {t.i for t in harm.ancestors}


def toll_left_by_harm(number: Token) -> bool:
    """The figure counts whom an event left dead or hurt: "a massacre that left nine dead",
    "the incident that left one person dead and dozens injured", "a fire that left three
    people hurt" (the parse may make "dead" the object itself, "left six dead", or hang the
    state word elsewhere: the word right after the counted noun is read)."""
    counted = number.head if number.dep_ in ("nummod", "quantmod") else number
    verb = counted.head
    if counted.dep_ != "dobj" or verb.lemma_.lower() not in KNOWN_TOLL_LEAVE_VERBS:
        return False
    if counted.lower_ in KNOWN_TOLL_STATES:
        return True
    states = [
        c
        for c in verb.children
        if c.i > counted.i and c.dep_ in ("oprd", "acomp", "ccomp", "xcomp")
    ]
    states += [c for c in counted.children if c.dep_ in ("acl", "amod") and c.i > counted.i]
    if counted.i + 1 < len(counted.doc):
        states.append(counted.doc[counted.i + 1])  # "left three people hurt", however parsed
    return any(
        c.lower_ in KNOWN_TOLL_STATES or c.lemma_.lower() in KNOWN_TOLL_STATES for c in states
    )
