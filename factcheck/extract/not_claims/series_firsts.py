"""Things named by their place at the head of a series: "these first three states", "the first
12 primaries of 2016", "sweep the first three contests" (issue 11). Pure.

A number after "the first" before things that come in an order (states that vote, contests,
primaries, debates) picks those things out by their place; it counts nothing checkable
(realgold5, realgold8, realgold12, realgold19 golds: not claims). A part of them is a share
("10 of the first 11 contests", ``share_wholes.share_whole_end``), and people are counted ("the
first three victims", "the first 75 refugees"). Only a number before "of" makes the share: "in
any of the first four states", "none of the first three debates" still pick the series out
(realgold50 gold: "ordinal phrase naming a known set").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import SERIES_FIRST_DETERMINERS, SERIES_NOUNS
from factcheck.extract.mentions.quantities import is_numeral, is_spelled_number


def is_series_first(doc: Doc, start: int, end: int) -> bool:
    """True if tokens ``start:end`` are the number of "the first three contests"."""
    if end - start != 1 or start < 2 or end >= len(doc):
        return False
    token = doc[start]
    if doc[start - 1].lower_ != "first" or doc[start - 2].lower_ not in SERIES_FIRST_DETERMINERS:
        return False
    if start > 3 and doc[start - 3].lower_ == "of" and _is_number(doc[start - 4]):
        return False  # "won 10 of the first 11 contests": a share of the series
    noun = token.head
    return (
        token.dep_ == "nummod"
        and noun.i > token.i
        and noun.tag_ in ("NNS", "NNPS")
        and noun.lemma_.lower() in SERIES_NOUNS
    )


def _is_number(token: Token) -> bool:
    """ "10" or "three" before "of the first N": the count of a share."""
    return is_numeral(token) or is_spelled_number(token)
