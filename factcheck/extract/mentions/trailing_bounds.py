"""Bounds written after a figure: "donors giving $200 or less", "families earning $50,000 or
more", "20+ casings", "up 400,000 plus.", and "20 or so" (issue 11, session 26). Pure.

The gold README reads the bound off a qualifier before the number ("more than", "up to"); the
same bound written after it makes the figure a lower or upper bound just the same, and the
span stays the number with its unit (the tuning golds write "$200" and "20" for these).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import (
    TRAILING_LOWER_BOUND_WORDS,
    TRAILING_PLUS_WORDS,
    TRAILING_UPPER_BOUND_WORDS,
)
from factcheck.model import Approx


def trailing_bound(doc: Doc, end: int) -> Approx | None:
    """The bound a phrase right after the figure ending at token ``end`` puts on it, or None
    ("or so" makes it approximate).

    "or less"/"or fewer" -> upper bound; "or more"/"or greater" and a "+" or "plus" written on
    the number -> lower bound; a "plus" only where it ends the phrase ("400,000 plus."), since
    one before a word adds another amount ("$5 plus tax", "40 plus 2 bonus points").
    """
    if end >= len(doc):
        return None
    word = doc[end]
    after = doc[end + 1] if end + 1 < len(doc) else None
    if word.lower_ == "or" and after is not None:
        if after.lower_ in TRAILING_UPPER_BOUND_WORDS:
            return Approx.UPPER_BOUND
        if after.lower_ in TRAILING_LOWER_BOUND_WORDS:
            return Approx.LOWER_BOUND
        if after.lower_ == "so":
            return Approx.APPROXIMATE  # "20 or so people"
        return None
    if word.text == "+" and not doc[end - 1].whitespace_:
        return Approx.LOWER_BOUND  # "20+ casings"
    if word.lower_ in TRAILING_PLUS_WORDS and (after is None or after.is_punct):
        return Approx.LOWER_BOUND  # "jobs rose by 400,000 plus."; not "$5 plus tax"
    return None
