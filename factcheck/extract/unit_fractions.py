"""Half of one unit as one figure: "within a half hour", "half an hour", "half a percentage
point", "half a decade".

Gold README: the span holds the unit ("24 hours"), and spans of time that assert something are
claims (realgold6 gold "within a half hour" = 0.5 hour, realgold24 "half a percentage point" =
0.5, realgold32 "half a decade" = 5 years). The finder read "half a" only before a scale word
("half a million") and "a half" only in "a half-dozen", so these were no mention at all, or "a
decade" of ten years. What only places an event ("a half-hour after polls closed") or the scene
("a half mile east of the road") is judged by the not-claim rules as "an hour after" is. A glued
compound before its noun ("a half-hour show") stays a descriptor and is not read. Pure.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import FRACTION_UNIT_NOUNS, POINT_UNIT_OPENERS, UNIT_FRACTIONS

_ARTICLES = ("a", "an")


def unit_fraction_end(doc: Doc, i: int) -> int:
    """The end of "half a/an UNIT", "a half UNIT" or "a half-UNIT" starting at token ``i``,
    or 0. Asked of every "a", "an" and "half": most return before reading on."""
    lower = doc[i].lower_
    if lower == "half" and i + 1 < len(doc) and doc[i + 1].lower_ in _ARTICLES:
        unit_at = i + 2  # "half an hour"
    elif lower in _ARTICLES and i + 1 < len(doc) and doc[i + 1].lower_ in UNIT_FRACTIONS:
        unit_at = i + 2  # "a half hour"
        if unit_at < len(doc) and doc[unit_at].text == "-" and not doc[i + 1].whitespace_:
            unit_at += 1  # "a half-hour"
    else:
        return 0
    if unit_at < len(doc) and doc[unit_at].lower_ in POINT_UNIT_OPENERS:
        unit_at += 1  # "half a percentage point"
    if unit_at >= len(doc):
        return 0
    unit = doc[unit_at]
    if unit.lemma_.lower() not in FRACTION_UNIT_NOUNS or unit.tag_ in ("NNS", "NNPS"):
        return 0  # "half a million", "a half dozen"; not "a half years"
    glued = doc[unit_at - 1].text == "-"
    if glued and unit.dep_ in ("amod", "compound", "nmod") and unit.head.i > unit.i:
        return 0  # "a half-hour show": a compound descriptor
    return unit_at + 1


def unit_fraction_words(words: list[str]) -> tuple[float, list[str]] | None:
    """The fraction and the unit's words of a figure's words ("a", "half", "hour"), or None.

    The words are the figure's, lower-case, split at hyphens ("a half-hour": "a", "half",
    "hour").
    """
    if len(words) >= 3 and words[0] == "half" and words[1] in _ARTICLES:
        fraction, unit = UNIT_FRACTIONS["half"], words[2:]
    elif len(words) >= 3 and words[0] in _ARTICLES and words[1] in UNIT_FRACTIONS:
        fraction, unit = UNIT_FRACTIONS[words[1]], words[2:]
    else:
        return None
    if unit[-1] not in FRACTION_UNIT_NOUNS:
        return None
    return fraction, unit
