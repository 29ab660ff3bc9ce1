"""The upper figure of a range: "between 10 and 20", "10 to 20", "3-5", "two or three",
"between $1.2 billion and $1.8 billion" (gold README, "approx": range). Pure.

A range needs a joiner its opener allows (``range_joiners``), and an upper figure that is no
not-claim; "fell 12% to HK$18.40" is a change, not a range.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import CHANGE_VERBS, CURRENCY_SYMBOLS
from factcheck.extract.mentions.figure_units import attach_currency_and_unit
from factcheck.extract.mentions.number_runs import number_run_end, starts_number
from factcheck.extract.mentions.range_joiners import joins_a_range
from factcheck.extract.not_claims.not_claims import classify_non_claim


def find_range_high(doc: Doc, end: int, *, opener: str) -> tuple[int, int] | None:
    """Return the token slice of the range's upper figure after token ``end``, if any.

    "between 10 and 20", "10 to 20", "3-5", "two or three". A range needs a joiner the opener
    allows: "and" only after "between"; "to" not after "from" ("rose from 5 to 7" is a change).
    """
    if not joins_a_range(doc, end, opener):
        return None
    if doc[end].lower_ == "to" and _changes(doc[end - 1]):
        return None  # "fell 12% to HK$18.40": a change, not a range
    high_start = end + 1
    if doc[high_start].lower_ in CURRENCY_SYMBOLS and high_start + 1 < len(doc):
        high_start += 1  # "between $1.2 billion and $1.8 billion"
    if not starts_number(doc[high_start]):
        return None
    high_end = number_run_end(doc, high_start)
    if classify_non_claim(doc, high_start, high_end):
        return None
    return attach_currency_and_unit(doc, high_start, high_end)


def _changes(token: Token) -> bool:
    """The figure is the amount of a change: "shares fell 12% to HK$18.40"."""
    for ancestor in [token, *list(token.ancestors)[:2]]:
        if ancestor.pos_ == "VERB":
            return ancestor.lemma_.lower() in CHANGE_VERBS
    return False
