"""A "may" that concedes hedges nothing. Pure.

"The caucus may only be a venue for some 250,000 Iowans, but its decisions matter", "Bashing
Trump may be job one, but the spotlight will be on Clinton", "The two candidates may be
opposites, but they speak with one voice": a "may" or "might" whose clause a "but" clause
answers grants what it says, to set the other clause against it; the writer states both
clauses, so neither clause's figure is a belief, estimate or allegation (gold README,
"hedged"). A "may" whose clause is itself the content of a belief verb is left to the belief
("believing there may be as many as three, but finding only one": realgold12 gold, hedged),
since there the "but" answers the believing, not the modal's clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import CONCESSIVE_CONJUNCTIONS, GUESSING_MODALS


def concedes(modal: Token) -> bool:
    """``modal`` ("may", "might") is an auxiliary of a verb conjoined by "but" with a clause of
    its own: "X may be A, but B does C"."""
    if modal.lower_ not in GUESSING_MODALS or modal.dep_ != "aux":
        return False
    verb = modal.head
    conjunctions = {c.lower_ for c in verb.children if c.dep_ == "cc"}
    if not conjunctions & CONCESSIVE_CONJUNCTIONS:
        return False
    return any(c.dep_ == "conj" and c.i > modal.i and _own_clause(c) for c in verb.children)


def _own_clause(conj: Token) -> bool:
    """The "but" conjunct is a clause of its own: it has its own subject ("but the spotlight
    will be"), or the parse made its subject the conjunct ("but the decisions those voters make
    could ripple", its verb hung below the noun). A verb sharing the modal's subject ("may rise
    to 40 but fall later") stays under the modal."""
    if conj.pos_ in ("NOUN", "PROPN"):
        return True
    return any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in conj.children)
