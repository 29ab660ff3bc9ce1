"""Figures an earlier report gave: "initially reported", "had originally said", "In initial
reports, police said two were killed" (gold README, "Caveat kinds": preliminary). Pure.

The adverb must time a report, not the act it counts ("ten victims were initially transported"
stands). In the cue's own sentence only the figure the cue's clause gives is the earlier one,
and a figure so said is superseded only by another of the same unit and a different value
nearby (``revised``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from factcheck.extract.lexicon import REPORTING_VERBS

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget


def revised(figures: Sequence[CaveatTarget], index: int) -> bool:
    """A figure said "initially" or in "earlier reports" is superseded only by another figure
    of the same unit and a different value, in its sentence or the two after it ("down from
    the initially reported 187,000"; "initially said two months ... after just one month")."""
    figure = figures[index]
    sents = list(figure.number.doc.sents)
    here = next(k for k, s in enumerate(sents) if s.start <= figure.number.i < s.end)
    window = sents[here].start, sents[min(here + 2, len(sents) - 1)].end
    return any(
        other.unit == figure.unit
        and other.value is not None
        and other.value != figure.value
        and window[0] <= other.number.i < window[1]
        for k, other in enumerate(figures)
        if k != index
    )


def reports(cue: Token) -> bool:
    """ "initially reported", "had originally said", "the initially reported 187,000": the
    adverb times a report, so the figure reported may be superseded; not "ten victims were
    initially transported to hospital" (it times the act, its count stands)."""
    return cue.head.lemma_.lower() in REPORTING_VERBS


def said_earlier(cue: Token, number: Token) -> bool:
    """In the cue's sentence, only the figure the cue's clause gives is the earlier one: "down
    from the initially reported 187,000" (not the 157,000 it now stands at), "initially said
    two months, but managed after one month" (not the month it took)."""
    if cue.sent.start != number.sent.start:
        return True  # "Initially, the paper reported two victims." reaching the next sentence
    scope = framing_verb(cue) or cue.head  # "In initial reports, police said two ...": that clause
    if scope.dep_ in ("amod", "acl"):
        scope = scope.head  # "the initially reported 187,000": the figure's phrase
    child = number
    while child.i != scope.i:
        if child.head.i == child.i:
            return False  # reached the root outside the cue's clause
        if child.head.i == scope.i and child.dep_ in ("conj", "cc", "advcl"):
            if not (child.dep_ == "conj" and _framed_list(cue, child)):
                return False  # "..., but it managed after one month": another clause
        child = child.head
    return True


def framing_verb(cue: Token) -> Token | None:
    """The verb whose clause a cue's prepositional phrase frames: "announced" in "In initial
    reports, police announced that ...", "According to preliminary figures, ..."."""
    noun = cue.head if cue.dep_ == "amod" else cue
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        if _according(noun):
            # "According to preliminary information from the governor, four people were
            # killed": the parse hangs "According" on the clause's verb (tests/wirea a_4)
            return noun.head.head.head
        return noun.head.head
    return None


def _framed_list(cue: Token, clause: Token) -> bool:
    """ "According to preliminary information, four people were killed and 21 injured": a
    clause joined by "and" to the one an "according to" phrase frames goes on with its list."""
    noun = cue.head if cue.dep_ == "amod" else cue
    joined = [c.lower_ for c in clause.head.children if c.dep_ == "cc"]
    return _according(noun) and joined == ["and"]


def _according(noun: Token) -> bool:
    """The noun is the object of "according to"."""
    return noun.head.lower_ == "to" and noun.head.head.lower_ == "according"
