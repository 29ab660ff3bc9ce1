"""A campaign named for the figure it demands: "the Fight for 15 movement", "Fight for $15
organizers" (issue 11). Pure.

Gold README: numbers that are part of a name are not claims. The tuning golds leave "Fight for
15" and "Fight for $15" unannotated (realgold14, realgold20: three false positives); the wage
the campaign demands is a claim where the text states it ("a $15 minimum wage").
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import CURRENCY_SYMBOLS, NAME_FOR_HEADS


def is_in_cause_name(doc: Doc, start: int, end: int) -> bool:
    """True if the number at tokens ``start:end`` follows a capitalised name head and "for"
    ("Fight for 15"), not the verb opening a sentence ("Fight for 15 more minutes")."""
    if start > 0 and doc[start - 1].lower_ in CURRENCY_SYMBOLS:
        start -= 1  # "Fight for $15": the number read without its currency
    if start < 2:
        return False
    joiner, head = doc[start - 1], doc[start - 2]
    return (
        joiner.lower_ == "for"
        and head.is_title
        and head.lower_ in NAME_FOR_HEADS
        and not head.is_sent_start
    )
