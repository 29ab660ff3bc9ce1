"""A fraction of a percent: "less than one-half of 1 percent", "a quarter of 1 percent" (issue
11). Pure.

"trailed Clinton by less than one-half of 1 percent", "just a quarter of 1 percent of China's
global trade": the fraction and the percent are one figure, 0.5 and 0.25 percent (realgold10
gold: "less than one-half of 1 percent", value 0.5, unit percent, upper bound). The extractor
read the fraction alone as a share and the "1 percent" after it as a second claim of its own,
a false positive. The fraction's share ends where this rule starts: "of", one number, and a
percent unit.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import PERCENT_FRACTION_BASES, PERCENT_FRACTION_UNITS


def percent_of_fraction_end(doc: Doc, end: int) -> int:
    """The end of "of 1 percent" right after a fraction ending at token ``end``, or 0."""
    words = [t.lower_ for t in doc[end : end + 4]]
    if len(words) < 3 or words[0] != "of":
        return 0
    base = doc[end + 1]
    if not (base.like_num or base.lower_ in PERCENT_FRACTION_BASES) or "-" in base.text:
        return 0
    if words[2] in PERCENT_FRACTION_UNITS:
        return end + 3  # "of 1 percent", "of 1%"
    if words[2] == "percentage" and words[3:4] and words[3] in ("point", "points"):
        return end + 4  # "of a percentage point"
    return 0


def split_percent_fraction(words: list[str]) -> tuple[list[str], list[str]] | None:
    """The fraction's words and the base percent's number words of "one half of 1 percent"
    (lower-case words split at spaces and hyphens), or None when the words are no such figure."""
    if "of" not in words or len(words) < 4:
        return None
    of = len(words) - 1 - words[::-1].index("of")
    rest = words[of + 1 :]
    if len(rest) == 2 and rest[1] in PERCENT_FRACTION_UNITS:
        base = rest[:1]
    elif len(rest) == 1 and rest[0].endswith("%") and len(rest[0]) > 1:
        base = [rest[0][:-1]]  # "of 1%": one word as the text is split
    elif len(rest) == 3 and rest[1] == "percentage" and rest[2] in ("point", "points"):
        base = rest[:1]
    else:
        return None
    if base[0] in PERCENT_FRACTION_BASES:
        base = ["1"]  # "of a percentage point", "of one percent"
    return words[:of], base
