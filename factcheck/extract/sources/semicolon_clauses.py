"""A semicolon closes a clause: a verb after it reports no clause before it.

"In Rosario, city police said about 4,000 people took part; organisers claimed 15,000": two
clauses, each with its own source. The parse may hang the first clause's figure ("took part")
on the second clause's verb ("claimed"), which would give the police's 4,000 to the
organisers. A complement that ends before a semicolon standing between it and the verb is not
that verb's report; the figure's path goes on to the verb of its own clause ("said"). Gold
README, "Source kinds" (the source is who gives the figure). Evidence: tests/wireb (b_1, the
provincial police's count); wire copy sets rival counts side by side this way ("Police put the
crowd at 3,000; organisers said 20,000").
"""

from __future__ import annotations

from spacy.tokens import Token


def across_a_semicolon(verb: Token, below: Token) -> bool:
    """The clause ``below`` on the path ends before a semicolon that stands before ``verb``."""
    end = below.right_edge.i
    if end >= verb.i:
        return False
    return any(token.text == ";" for token in verb.doc[end + 1 : verb.i])
