"""A passive harm that shares an active clause's subject (session 36, impl44v). Pure.

"A woman answered the door and was shot in the face", "A man opened the door and was
immediately shot", "The gunman fired at deputies and was killed": the passive conjunct has its
own "was" right after "and" and no subject of its own, so its subject is the one of the active
verb it is joined to, even where that verb has an object ("the door"). The person is counted
as the passive's (gold README "Implied counts"; as "A man was shot and was pronounced dead").
Not: "a girl was grazed and a man was shot dead" (a subject of its own), "A man shot his wife
and fled" (no passive).
"""

from __future__ import annotations

from spacy.tokens import Token

# what may join the two verbs right before the passive's "was"
_JOINERS = frozenset({"and", "but", "then"})


def gapped_passive(verb: Token) -> bool:
    """True if ``verb`` is a passive conjunct whose subject is its active head's."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return False
    children = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children):
        return False
    auxiliaries = [c.i for c in children if c.dep_ in ("aux", "auxpass")]
    if not any(c.dep_ == "auxpass" for c in children) or not auxiliaries:
        return False
    first = min(auxiliaries)
    if first == 0 or verb.doc[first - 1].lower_ not in _JOINERS:
        return False
    return any(c.dep_ == "nsubj" and c.i < verb.head.i for c in verb.head.children)
