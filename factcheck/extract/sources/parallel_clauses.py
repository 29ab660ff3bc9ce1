"""Content clauses joined by "and that": "He said the audit was flawed and that 31 of the 47
contracts were finished", "Aides said the mayor won 40 precincts, and that polls show her
ahead". The parse hangs the second clause on the first as a conjunct; each is a clause of the
same speaker's words, so neither the first clause's subject ("the audit") nor a reporting verb
in the second ("polls show") attributes a figure of the other (gold README, "source": whoever
gives the figure; tests/wireb gold, the defence lawyer who "said ... and that 31 of the 47";
realgold24 gold, the advisers who point out "... and that polls show ...").
"""

from __future__ import annotations

from spacy.tokens import Token


def a_parallel_that_clause(clause: Token) -> bool:
    """A conjunct clause that opens with its own "that": a second content clause of the words
    the first conjunct belongs to."""
    return clause.dep_ == "conj" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
    )
