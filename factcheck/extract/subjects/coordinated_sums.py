"""A second sum that a coordination leaves without its noun: "compensation of 400,000 rupees
for the family of each person killed and 50,000 rupees for each of the injured". The second
sum is compensation too (gold README, "subject"; tests/wiref and tests/corpus, two writers,
session 65: "compensation" for both). The parse hangs the second sum on whatever verb is near
("killed", "ordered"), so the clause's subject ("the chief minister") or that verb would name
it; the shape is read from the words: "and" or "or" right before the sum, and the sum before it
in the sentence, in the same currency, the "of" object of a noun.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import CURRENCY_SYMBOLS, CURRENCY_WORDS
from factcheck.extract.subjects.noun_phrases import NOUNS, head_phrase


def coordinated_sum_owner(figure: Span) -> str:
    """The noun whose "of" sum the figure's sum is coordinated with, or ''."""
    doc = figure.doc
    currency = _currency(figure)
    if not currency or figure.start == 0 or doc[figure.start - 1].lower_ not in ("and", "or"):
        return ""
    for token in reversed(doc[figure.sent.start : figure.start - 1]):
        if _currency_of(token) != currency:
            continue
        head = token if token.dep_ == "pobj" else token.head
        while head.dep_ in ("nummod", "compound", "quantmod", "nmod") and head.head.i > head.i:
            head = head.head  # "$" -> "million" -> its noun
        prep = head.head
        if head.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ not in NOUNS:
            return ""  # the sum before is no "of" object: "paid $300 ... and $50"
        owner = prep.head
        return "" if owner.like_num else head_phrase(owner, after=owner.left_edge.i - 1)
    return ""


def _currency(figure: Span) -> str:
    return next((c for c in (_currency_of(t) for t in figure) if c), "")


def _currency_of(token: Token) -> str:
    """ "rupees" -> "rupee", "$" -> "$"; '' for a token that names no currency."""
    if token.lower_ in CURRENCY_SYMBOLS or "$" in token.text:
        return token.lower_
    lemma = token.lemma_.lower()
    return lemma if lemma in CURRENCY_WORDS else ""
