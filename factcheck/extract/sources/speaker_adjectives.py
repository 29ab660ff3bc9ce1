"""A reporting verb in the infinitive of an adjective after a copula: "Aides to the mayor were
quick to point out that she won 40 precincts", "The clerk was careful to note that 12 ballots
were lost". The parse gives the verb no subject of its own (it hangs on the adjective, which
hangs on the copula); the copula's subject is who spoke (gold README, "source": whoever gives
the figure; realgold24 gold "Advisers to Mr. Rubio", who were "quick to point out" a count).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import SPEAKING_ADJECTIVES


def copula_of_speaking_adjective(verb: Token) -> Token | None:
    """The copula whose subject speaks through ``verb``, when ``verb`` is the infinitive of an
    adjective that tells an act done ("were quick to point out"); None otherwise (not "was
    unwilling to say", nor a verb with a subject of its own)."""
    if verb.dep_ != "xcomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    adjective = verb.head
    if adjective.pos_ != "ADJ" or adjective.lower_ not in SPEAKING_ADJECTIVES:
        return None
    if adjective.dep_ != "acomp" or any(c.dep_ == "neg" for c in adjective.head.children):
        return None  # "were not quick to say": no act told
    return adjective.head
