""" "Lee made clear that 14 people had died": "make clear that" states what follows, as "said
that" does, so its subject is the source of the clause's figures (gold README "Source
kinds": the one who gives the figure). Only with a "that" clause or a clause of its own after
"clear": "made clear his support" reports no figure, and "made the road clear" is an act."""

from __future__ import annotations

from spacy.tokens import Token

_MAKE = "make"
_CLEAR = "clear"
_CLAUSE_DEPS = frozenset({"ccomp", "csubj", "advcl"})


def makes_clear(verb: Token) -> bool:
    """``verb`` is "made clear" followed by a clause it states."""
    if verb.lemma_.lower() != _MAKE:
        return False
    for adj in verb.children:
        if adj.lower_ != _CLEAR or adj.i != verb.i + 1:
            continue
        clauses = [c for c in (*adj.children, *verb.children) if c.dep_ in _CLAUSE_DEPS]
        if any(c.i > adj.i and _states(c) for c in clauses):
            return True
    return False


def _states(clause: Token) -> bool:
    """A finite clause: "that 14 had died" or "14 had died"."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
    )
