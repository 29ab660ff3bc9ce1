"""A bare percentage that a candidate has, leads with or gets. Pure.

"The Vermont senator leads Clinton 50% to 40%", "the challenger has 44%", "Rubio lags behind
with 15 percent", "followed by Cruz with 22 percent": the holder of the share is not what it
measures (gold README, "subject": what is counted). In a poll sentence the share is the poll's
support, as for a candidate's name (``subjects.py``); elsewhere the golds name the candidate
whose share it is (realgold10: "McGinty" for "McGinty has 44%"), not the candidate of the
share before it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from factcheck.extract.lexicon import (
    LEAD_MARGIN_VERBS,
    PERCENT_WORDS,
    POLL_WORDS,
    SHARE_HOLDING_PREPS,
    SHARE_HOLDING_VERBS,
)
from factcheck.extract.mentions.mentions import Mention
from factcheck.extract.subjects.noun_phrases import NOUNS, head_phrase
from factcheck.extract.subjects.poll_subjects import names_a_person, poll_cue


def held_share_subject(doc: Doc, mention: Mention, subject: str) -> str:
    """The subject of a bare percentage its clause gives to a holder, or '' for any other.

    "poll support" in a poll sentence; the holder's name when a person or party holds it
    ("Katie McGinty" for "while Katie McGinty has 44%"); '' when the subject found names
    something else than the holder ("the plan has 40% support" has its own noun).

    Args:
        doc: the parsed article.
        mention: a claim mention in ``doc``.
        subject: the subject found for it from its clause ('' if none).
    """
    figure = doc[mention.figure[0] : mention.figure[1]]
    holder = share_holder(figure, person=lambda t: names_a_person(doc, mention, t.text))
    if holder is None:
        return ""
    named = head_phrase(holder, after=holder.left_edge.i - 1)
    if subject and not set(subject.split()) & set(named.split()) and subject[:1].islower():
        return ""  # a noun of its own, not the holder or another candidate
    if poll_cue(figure.sent, POLL_WORDS):
        return "poll support"
    return named if holder.pos_ == "PROPN" else ""


def share_holder(figure: Span, *, person: Callable[[Token], bool]) -> Token | None:
    """The candidate that holds a bare percentage through its verb or a preposition, or None:
    "leads Clinton 50% to 40%", "has 44%", "lags behind with 15 percent", "Cruz with 22
    percent", "sits at just 11%". A person by name holds it through any of these; a noun
    that describes one only as the subject of a lead over a rival ("the senator leads
    Clinton"), not "the jobless rate is at 5 percent"."""
    unit = figure[-1]
    if unit.lower_ not in PERCENT_WORDS and not unit.text.endswith("%"):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in unit.children):
        return None  # "has 40% of the delegates": the share names its whole
    while unit.dep_ in ("appos", "conj") and unit.head.i < unit.i:
        unit = unit.head  # "46%-35%": the second share set beside the first
    head = unit.head
    if unit.dep_ == "pobj" and head.lower_ in SHARE_HOLDING_PREPS:
        owner = head.head
        if owner.pos_ == "ADV":
            owner = owner.head  # "further back with 9 percent": the verb the adverb is on
        holder = (
            owner if owner.pos_ == "PROPN" else _gapped_subject(owner, head) or _verb_subject(owner)
        )
        return holder if holder is not None and _is_person(holder, person) else None
    if unit.dep_ not in ("dobj", "npadvmod") or head.lemma_.lower() not in SHARE_HOLDING_VERBS:
        return None
    holder = _verb_subject(head)
    if holder is None or _is_person(holder, person):
        return holder
    rival = any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in head.children)
    return holder if rival and head.lemma_.lower() in LEAD_MARGIN_VERBS else None


def _is_person(token: Token, person: Callable[[Token], bool]) -> bool:
    """A person by name: "Cruz", "Rubio" where the article names "Marco Rubio"."""
    return token.pos_ == "PROPN" and (token.ent_type_ == "PERSON" or person(token))


def _gapped_subject(verb: Token, prep: Token) -> Token | None:
    """ "Rubio lags behind with 15 percent, and Carson even further behind with 11 percent":
    a name joined to the verb with its own "with" after it, the verb left out (gapping)."""
    names = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i < prep.i]
    return names[-1] if names else None


def _verb_subject(verb: Token) -> Token | None:
    """Who does the verb: its noun subject, or the agent of a passive ("followed by Cruz")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if agents and agents[0].pos_ in NOUNS:
        return agents[0]
    holders = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in NOUNS]
    return holders[0] if holders else None
