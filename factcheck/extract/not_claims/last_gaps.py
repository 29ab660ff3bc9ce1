"""A span before "ago" that dates the last time something happened is a gap, not a placing
(issue 11). Pure.

docs/gold-conventions.md "Spans of time before or after an event": a span is a claim when it is
"the gap since the last or first of something" ("the last strike came 25 years ago", i.e. the
first in 25 years); realgold5's gold writes "The last comprehensive tax overhaul ... came 30
years ago" as a claim. "Two years ago, the council voted" only places an event, and stays a
date. The gap is read where "last" marks the event the span dates: an adjective on the clause's
subject ("The last strike came", "The last time the river flooded was") or an adverb on its verb
("Voters last approved a levy 12 years ago"), or "the last time" before a copula ("The last
time the creek flooded was 40 years ago"); not where "last" is the subject itself, the final
one of a set ("The last of the suspects was arrested two days ago").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_SUBJECTS = ("nsubj", "nsubjpass")


def is_gap_since_the_last(doc: Doc, unit: int) -> bool:
    """True if the time unit at token ``unit``, before "ago", dates the last time an event
    happened ("The last strike came 25 years ago", "Voters last approved a levy 12 years
    ago")."""
    verb = _governing_verb(doc[unit])
    if verb is None:
        return False
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ == "last" and child.i < unit:
            return True  # "Voters last approved a levy 12 years ago"
        if child.dep_ in _SUBJECTS and any(
            t.dep_ == "amod" and t.lower_ == "last" and t.head.i == child.i for t in child.lefts
        ):
            return True  # "The last strike came 25 years ago"
    # "The last time the creek flooded the mill was 40 years ago": the parse may hang "time"
    # on the clause's verb, so the copula's "the last time" is read from the surface
    return verb.lemma_ == "be" and any(
        t.lower_ == "last" and t.nbor().lower_ == "time" for t in doc[verb.sent.start : verb.i - 1]
    )


def _governing_verb(token: Token) -> Token | None:
    """The verb or copula the span hangs from ("came" of "came 25 years ago"), in its
    sentence, within a few steps up the parse."""
    for _ in range(4):
        if token.head.i == token.i:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None
