""" "Put" reports a figure only as an estimate put at it ("Forbes put his net worth at $45
billion", "Initial estimates put the total at about 55,000 pages"), as words put ("as the
chief executive put it") or with a clause of its own; otherwise it is an act of putting:
"he put $100 million into the fund", "it has put Obama firmly in two camps" (gold README:
a figure is the source's only when the source gives it)."""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    GIVING_AS_VERBS,
    PLACING_VERBS,
    RECKONED_OBJECTS,
    RECKONINGS_GIVEN_OF,
)

_PUT = "put"


def puts_without_reporting(verb: Token) -> bool:
    """``verb`` is "put" with neither an "at" phrase, nor "it" as its object, nor a clause."""
    if verb.lemma_.lower() != _PUT:
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "at":
            return False
        if child.dep_ == "dobj" and child.lower_ == "it":
            return False
        if child.dep_ in ("ccomp", "xcomp"):
            return False
        if child.dep_ == "dobj" and any(
            g.dep_ == "prep" and g.lower_ == "at" for g in child.children
        ):
            return False  # the parse may hang "at $45 billion" on the object
    return True


def places_a_reckoning(verb: Token) -> bool:
    """ "The ministry placed the death toll at 120", "Police gave the toll as 14": a count,
    toll or cost placed "at" (or given "as", or "of": "gave a toll of 11") a figure is its
    subject's estimate; "placed the bet at $50" and "gave the gift as a token" place no
    reckoning."""
    lemma = verb.lemma_.lower()
    if lemma in PLACING_VERBS:
        prep = "at"
    elif lemma in GIVING_AS_VERBS:
        prep = "as"
    else:
        return False
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in RECKONED_OBJECTS:
            continue
        for g in (*verb.children, *obj.children):
            if g.dep_ == "prep" and g.lower_ == prep and any(t.like_num for t in g.subtree):
                return True  # not "placed the number 7 at the top"
        if prep == "as" and _reckoning_of_a_figure(obj):
            return True  # "gave a toll of 11 dead", as "gave the toll as 11"
    return False


def _reckoning_of_a_figure(obj: Token) -> bool:
    """ "a toll of 11 dead", "a higher figure of 36": a reckoning whose "of" gives a number."""
    if obj.lemma_.lower() not in RECKONINGS_GIVEN_OF:
        return False
    return any(
        g.dep_ == "prep" and g.lower_ == "of" and any(t.like_num for t in g.subtree)
        for g in obj.children
    )
