"""A figure that is the amount of an estimated measure: "at an estimated loss of $473 million",
"estimated damage of $2 billion", "the estimated cost of the wall is $12 billion" (issue 11,
session 26). Pure.

The gold README makes "an estimated" before the number approximate; written on the measure
the figure is the amount of, the estimate is the same (realgold12 gold: "an estimated loss of
$473 million" approximate).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import ESTIMATE_ADJECTIVES


def is_estimated_measure(doc: Doc, end: int) -> bool:
    """True if the figure ending at token ``end`` is the amount "of" an estimated noun, or the
    complement of "is" after one."""
    token = doc[end - 1]
    if token.dep_ in ("nummod", "quantmod", "compound") and token.head.i > token.i:
        token = token.head  # "of 40,000 residents": the counted noun holds the place
    measure = _measured_noun(token)
    return measure is not None and any(
        child.dep_ == "amod" and child.lower_ in ESTIMATE_ADJECTIVES for child in measure.children
    )


def _measured_noun(token: Token) -> Token | None:
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head  # "an estimated loss of $473 million"
    if token.dep_ == "attr" and head.lemma_ == "be":
        return next((c for c in head.children if c.dep_ == "nsubj"), None)
    return None
