""" "Claim" in the sense of taking lives (issue 11).

"Gunfire on Friday claimed the lives of a father and his two daughters" (realgold7 gold: no
source), "the storm has claimed 40 lives": what claims lives kills, it asserts nothing; the
deaths are the writer's figures, like those of any other event. "Claim" with a clause or
another object still reports ("Lee claimed that 40 died", "the group claimed 40 kills").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import TAKEN_OBJECTS


def takes_lives(verb: Token) -> bool:
    """``verb`` is "claim" whose object is lives: a killing, not a report."""
    if verb.lemma_.lower() != "claim" and verb.lower_ not in ("claim", "claims", "claimed"):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in TAKEN_OBJECTS for c in verb.children)
