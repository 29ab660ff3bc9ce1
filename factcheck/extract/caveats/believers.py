"""A figure that counts who believes is not what is believed. Pure.

"Most Americans - 63 percent in 2014 - still believe immigration is a good thing", "more than
two-thirds of those in the rising generation predict they will be more successful": the figure
stands before an active belief verb, on its subject side, so it counts the people who hold the
belief (a poll's share), it is no belief, estimate or allegation (gold README, "hedged").
``caveat_hedges`` already leaves out a figure parsed as the verb's subject; this covers the
same figure where the parse hangs it on the verb some other way before it (an appositive after
a comma, a stray preposition). A figure in a frame before the verb is no belief either
("With 100 percent certainty, I will predict the winner": how sure, not what is predicted).
Not a passive ("12 people are believed to have drowned": what is believed), nor a figure in a
clause of the verb's own (its complement or a condition).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import BELIEVER_SIDE_DEPS, BELIEVER_VERBS


def counts_believers(child: Token, verb: Token) -> bool:
    """``child`` is the verb's dependent on the figure's path: the figure counts who believes
    (or frames the belief) when that dependent stands before an active belief verb."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in BELIEVER_VERBS:
        return False
    if verb.tag_ == "VBN" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False  # "are believed to", "is expected to": the figure is what is believed
    return child.i < verb.i and child.dep_ in BELIEVER_SIDE_DEPS
