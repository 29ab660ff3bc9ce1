"""The toll of a harm someone is accused of is known: only who did it is alleged. Pure.

Gold README, "hedged": "the figure is a belief, estimate or allegation". Under an allegation
frame the victims of the act are no part of the allegation: the bodies and the wounded are
found, the doer is what the charge says (the tuning golds leave "accused of shooting a
38-year-old man", "charged with killing a father and son", "allegedly killed his wife",
"suspected of slaying wife and son" unhedged; `caveat_scope.allegation` already spares the
objects of a harm verb under "accused"/"charged"). Three shapes it did not read:

- "suspected of"/"suspected in" is an accusation, as "accused of" is, not a belief about the
  figure: "a man suspected of killing three people" counts the killed, a known toll; "suspected
  of stealing $5,000" stays hedged (what was taken is the allegation).
- a toll the charged event left: "accused of a massacre that left nine dead", "charged in the
  incident that left one person dead and dozens injured": the figure counts whom the event
  left dead or hurt.
- a doer believed, not a toll: "Investigators believe Ruiz and his son were gunned down by
  several men", "police believe Lee shot and killed her sister" (realgold4, 6, 14, 19 golds:
  the victims unhedged, as under "accused of"). What is believed is who did it; "Police believe
  three people were killed" (no doer) stays a belief about the toll, hedged.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    BELIEVED_DOER_HARM_LEMMAS,
    DOER_BELIEF_VERBS,
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
    harm = _harm_over(number)
    if harm is None:
        return False
    if harm.lemma_.lower() not in _HARM_LEMMAS and harm.lower_ not in _HARM_LEMMAS:
        return False
    return suspected.i in {t.i for t in harm.ancestors}


def victims_of_believed_doer(number: Token, belief: Token) -> bool:
    """The figure counts whom a harm hit, under a belief verb whose clause names the doer:
    "believe Ruiz and his son were gunned down by several men" (a passive with its agent),
    "believe Lee shot and killed her sister" (an active harm with its subject)."""
    if belief.lemma_.lower() not in DOER_BELIEF_VERBS or belief.pos_ != "VERB":
        return False
    harm = _harm_over(number)
    if harm is None:
        return False
    if harm.lemma_.lower() not in _HARM_LEMMAS | BELIEVED_DOER_HARM_LEMMAS:
        return False
    if belief.i not in {t.i for t in harm.ancestors}:
        return False
    subjects = [c for c in harm.children if c.dep_ == "nsubj" and c.i != number.i]
    return any(c.dep_ == "agent" for c in harm.children) or (bool(subjects) and number.i > harm.i)


def _harm_over(number: Token) -> Token | None:
    """The verb whose object or passive subject the figure counts (coordinated victims read
    from the first: "his wife and her mother"), or the figure's own verb for an implied count."""
    if number.pos_ == "VERB":
        return number
    counted = number.head if number.dep_ in ("nummod", "quantmod") else number
    while counted.dep_ == "conj" and counted.head.i != counted.i:
        counted = counted.head
    if counted.dep_ not in ("dobj", "nsubjpass"):
        return None
    return counted.head


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
