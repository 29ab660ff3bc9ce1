"""A range of two shares: "decreased by between a quarter and a third", "between one-third and
one-half of the vote".

Gold README: "between X and Y" is a range with value X and high Y, and "a third" is a share of
0.333 (realgold8 gold "between a quarter and a third" = 0.25 to 0.333, range). The finder read a
bare fraction only before "of" or after a qualifier, so neither fraction of the range was a
mention. Pure.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import FRACTION_WORDS, HYPHEN_FRACTION_WORDS, NUMBER_WORDS

_ARTICLES = ("a", "an")


def bare_fraction_end(doc: Doc, i: int) -> int:
    """The end of a fraction written alone at token ``i`` ("a third", "half", "one-third",
    "two-thirds"), or 0."""
    if i >= len(doc):
        return 0
    lower = doc[i].lower_
    if lower == "half":
        return i + 1
    if lower in _ARTICLES and i + 1 < len(doc) and doc[i + 1].lower_ in FRACTION_WORDS:
        return i + 2
    if (
        lower in NUMBER_WORDS
        and i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and not doc[i].whitespace_
        and doc[i + 2].lower_ in HYPHEN_FRACTION_WORDS
    ):
        return i + 3  # "one-third"
    return 0


def share_range_high(doc: Doc, i: int, end: int) -> tuple[int, int] | None:
    """The token slice of the upper share of "between a quarter and a third", for the fraction
    at tokens ``i:end``; None unless "between" opens it and "and" joins a second fraction."""
    if i == 0 or doc[i - 1].lower_ != "between" or end >= len(doc) or doc[end].lower_ != "and":
        return None
    high_end = bare_fraction_end(doc, end + 1)
    return (end + 1, high_end) if high_end else None
