"""A supposition is not a belief. Pure.

"Polls show whites could be a boon to Trump - assuming a two-way race", "assuming that what won
13 million votes wins five times that number seems shaky" (realgold10 gold: "five times" not
hedged): a bare "assuming" opens a condition, as "if" does; the figure in it is supposed for
the argument, no one's belief, estimate or allegation (gold README, "hedged"). With a subject
of its own ("the campaign is assuming turnout of 40 percent") the word states what someone
believes and hedges as "believe" does; so does the noun ("a reasonable assumption that Trump
will need at least 60 million votes", realgold10 gold: hedged).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import SUPPOSITION_PARTICIPLES


def opens_supposition(token: Token) -> bool:
    """``token`` is a subjectless "assuming"/"supposing" participle opening a condition."""
    if token.lower_ not in SUPPOSITION_PARTICIPLES or token.tag_ != "VBG":
        return False
    return not any(c.dep_ in ("nsubj", "aux") for c in token.children)
