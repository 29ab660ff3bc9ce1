"""The whole a part is of: "eight of 10", "12 of the 19", "one in five", "nine out of 10",
"23 of its 29 delegates" (gold README, "Shares": the part and the whole are one claim). Pure.

The whole may follow an owner ("of the firm's five directors") or "the past" ("six of the past
seven contests"), and after an owner a word that makes it rough ("nearly 200 of the village's
roughly 300 residents": tests/wiren, wirej golds, one approximate share); it must be a number
that is itself no not-claim and at least the part.

"In" before a span of time joins no share: "visited twice in three days", "lost twice in two
years", "met once in four weeks" are a count of times and the window it is counted over, two
claims (gold README, multipliers and spans of time that assert something), not "two in three
voters"; nor is a count of times ("once", "twice") ever the part of a share.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import (
    ONCE_WORDS,
    POSSESSIVE_MARKS,
    SHARE_JOINERS,
    SHARE_WHOLE_MODIFIERS,
    SHARE_WHOLE_ORDINALS,
    SHARE_WHOLE_POSSESSIVES,
    SHARE_WHOLE_QUALIFIERS,
    TIME_UNITS,
    TIMES_WORDS,
    WHOLE_DETERMINERS,
)
from factcheck.extract.mentions.number_runs import number_run_end, starts_number
from factcheck.extract.mentions.quantities import FigureParseError, is_numeral, parse_figure
from factcheck.extract.not_claims.not_claims import classify_non_claim


def share_whole_end(doc: Doc, end: int) -> int | None:
    """ "eight of 10", "12 of the 19", "one in five", "nine out of 10": the end of the whole a
    part is of."""
    joiner = end + 1 if end + 2 < len(doc) and doc[end].lower_ == "out" else end
    if joiner + 1 >= len(doc) or doc[joiner].lower_ not in SHARE_JOINERS:
        return None
    if joiner > end and doc[joiner].lower_ != "of":
        return None  # "out of", not "out in"
    whole = joiner + 1
    owned = _after_share_owner(doc, whole) if doc[joiner].lower_ == "of" else None
    if owned is not None:
        whole = owned  # "23 of its 29", "two of the firm's five"
    elif doc[whole].lower_ == "every":
        whole += 1  # "two out of every three adults", "one in every five" (wiree gold: a share)
    elif doc[whole].lower_ in WHOLE_DETERMINERS and doc[joiner].lower_ == "of":
        whole += 1  # "12 of the 19", "two of those seven cities" (wiref gold: a share)
        if whole < len(doc) and doc[whole].lower_ in SHARE_WHOLE_MODIFIERS | SHARE_WHOLE_ORDINALS:
            whole += 1  # "six of the past seven contests" (realgold14 gold: a share)
    if owned is not None and whole_qualifier_len(doc, whole):
        whole += whole_qualifier_len(doc, whole)  # "of the village's roughly 300": a rough whole
    if whole >= len(doc) or not starts_number(doc[whole]) or doc[whole].lower_ in ("a", "an"):
        return None
    whole_end = number_run_end(doc, whole)
    if classify_non_claim(doc, whole, whole_end):
        return None
    if _counts_times_over_a_span(doc, end, joiner, whole_end):
        return None
    try:
        part = parse_figure(doc[end - 1].text).value
        total = parse_figure(doc[whole:whole_end].text).value
    except FigureParseError:
        return None
    return whole_end if 0 < part <= total else None


def whole_qualifier_len(doc: Doc, i: int) -> int:
    """How many tokens at ``i`` make an owned whole rough: "roughly" (1), "an estimated" (2),
    else 0."""
    if i < len(doc) and doc[i].lower_ in SHARE_WHOLE_QUALIFIERS:
        return 1
    if i + 1 < len(doc) and doc[i].lower_ == "an" and doc[i + 1].lower_ == "estimated":
        return 2
    return 0


def has_rough_whole(doc: Doc, start: int, end: int) -> bool:
    """True if the share at tokens ``start:end`` has a rough owned whole: "200 of the village's
    roughly 300" (approximate, though its part is exact)."""
    for k in range(start + 1, end):
        owner = doc[k - 1]
        if whole_qualifier_len(doc, k) and (
            owner.text in POSSESSIVE_MARKS or owner.lower_ in SHARE_WHOLE_POSSESSIVES
        ):
            return True
    return False


def _after_share_owner(doc: Doc, i: int) -> int | None:
    """ "of its 29 delegates", "of the firm's five directors", "of Saudi Arabia's 70,000
    mosques": the token after the owner of a share's whole, or None when no owner stands there
    (gold README "Shares": the part and the whole are one claim, whoever owns the whole)."""
    if i < len(doc) and doc[i].lower_ in SHARE_WHOLE_POSSESSIVES:
        return i + 1
    for j in range(i, min(i + 5, len(doc))):
        if doc[j].text in POSSESSIVE_MARKS:
            return j + 1 if j > i else None
        if doc[j].pos_ not in ("PROPN", "NOUN", "DET", "ADJ") or is_numeral(doc[j]):
            return None
    return None


def _counts_times_over_a_span(doc: Doc, end: int, joiner: int, whole_end: int) -> bool:
    """ "twice in three days", "once in four weeks", "two in three years": a count of times
    ("once", "twice") is no share's part, and "in" before a span of time gives a window."""
    if doc[end - 1].lower_ in ONCE_WORDS or doc[end - 1].lower_ in TIMES_WORDS:
        return True
    unit = doc[whole_end] if whole_end < len(doc) else None
    return doc[joiner].lower_ == "in" and unit is not None and unit.lemma_.lower() in TIME_UNITS
