"""A figure in an aside about the speaker is the speaker's: "Ann Lee, who has lived on the
street for 26 years, said she heard shots", "Bo Park, who has run the shop for five years,
told reporters ..." (realgold3, realgold12 golds): what a named speaker is described by, in a
relative clause set off by commas, is told by that speaker."""

from __future__ import annotations

from spacy.tokens import Token

_RELATIVE_PRONOUNS = frozenset({"who", "whose"})


def in_aside_about(speaker: Token, number: Token) -> bool:
    """The figure stands in a "who ..." clause set off by commas after the speaker's name."""
    if speaker.pos_ != "PROPN" and speaker.ent_type_ != "PERSON":
        return False
    doc = speaker.doc
    for clause in speaker.rights:
        if clause.dep_ != "relcl" or number not in clause.subtree:
            continue
        opener = clause.left_edge
        if opener.lower_ not in _RELATIVE_PRONOUNS or opener.i == 0:
            return False
        if doc[opener.i - 1].text != ",":
            return False  # "the man who shot two people": a restrictive clause names him
        after = clause.right_edge.i + 1
        return after < len(doc) and doc[after].text == ","
    return False
