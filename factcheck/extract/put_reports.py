""" "Put" reports a figure only as an estimate put at it ("Forbes put his net worth at $45
billion", "Initial estimates put the total at about 55,000 pages"), as words put ("as the
chief executive put it") or with a clause of its own; otherwise it is an act of putting:
"he put $100 million into the fund", "it has put Obama firmly in two camps" (gold README:
a figure is the source's only when the source gives it)."""

from __future__ import annotations

from spacy.tokens import Token

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
