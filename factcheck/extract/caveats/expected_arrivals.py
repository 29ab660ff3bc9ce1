"""A delivery scheduled is no forecast of a size: "a further 8,000 doses were expected next
week", "Two are expected to arrive on Thursday morning", "two more were expected Monday" count
what is to come, stated as known; whether and when it comes is what "expected" says (gold
README, hedged is for "a belief, estimate or allegation"; tests/wired d_3, wirez z_5, wire2f
f_3, wire2h h_2, wire2u u_1 golds: not hedged). Pure.

Only where the figure counts the subject of the passive "expected" itself (not "Turnout of 60
percent is expected", a size forecast) and the verb it takes, if any, is one of arrival ("About
400 people are expected to attend" stays a forecast of a crowd).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import DELIVERY_VERBS


def expects_arrival(token: Token, number: Token) -> bool:
    """``token`` is a passive "expected" whose subject ``number`` counts, with no verb but one
    of arrival."""
    if token.lemma_.lower() != "expect" or token.tag_ != "VBN":
        return False
    subject = number.head if number.dep_ == "nummod" else number
    if subject.head.i != token.i or subject.dep_ != "nsubjpass":
        return False
    verbs = [c for c in token.children if c.dep_ == "xcomp"]
    return all(v.lemma_.lower() in DELIVERY_VERBS for v in verbs)
