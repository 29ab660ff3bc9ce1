"""Half of one unit as one figure: "within a half hour", "half an hour", "half a percentage
point", "half a decade"; and one unit of time and a half, "almost a year and a half".

Gold README: the span holds the unit ("24 hours"), and spans of time that assert something are
claims (realgold6 gold "within a half hour" = 0.5 hour, realgold24 "half a percentage point" =
0.5, realgold32 "half a decade" = 5 years, realgold8 "almost a year and a half" = 1.5 years).
The finder read "half a" only before a scale word ("half a million") and "a half" only in "a
half-dozen", so these were no mention at all, "a decade" of ten years or "almost a year" of
one. What only places an event ("a half-hour after polls closed", "an hour and a half later")
or the scene ("a half mile east of the road") is judged by the not-claim rules as "an hour
after" is. A glued compound before its noun ("a half-hour show") stays a descriptor and is not
read. Pure.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import (
    FRACTION_UNIT_NOUNS,
    HALVED_TIME_UNITS,
    POINT_UNIT_OPENERS,
    UNIT_FRACTIONS,
)

_ARTICLES = ("a", "an")
_AND_A_HALF = ("and", "a", "half")


def unit_fraction_end(doc: Doc, i: int) -> int:
    """The end of "half a/an UNIT", "a half UNIT", "a half-UNIT" or "a UNIT and a half"
    starting at token ``i``, or 0. Asked of every "a", "an" and "half": most return before
    reading on."""
    lower = doc[i].lower_
    if lower in _ARTICLES and _and_a_half_at(doc, i + 2) and _time_unit_at(doc, i + 1):
        return i + 2 + len(_AND_A_HALF)  # "almost a year and a half"
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


def unit_and_a_half(doc: Doc, start: int, end: int) -> bool:
    """True if tokens ``start:end`` are "a year and a half": one unit of time and a half, whose
    unit (not "half") is the word the figure hangs on."""
    return (
        end - start == 2 + len(_AND_A_HALF)
        and doc[start].lower_ in _ARTICLES
        and _and_a_half_at(doc, start + 2)
        and _time_unit_at(doc, start + 1)
    )


def _and_a_half_at(doc: Doc, j: int) -> bool:
    return tuple(t.lower_ for t in doc[j : j + len(_AND_A_HALF)]) == _AND_A_HALF


def _time_unit_at(doc: Doc, j: int) -> bool:
    """ "a year and a half": one unit of time, singular, before "and a half"."""
    return j < len(doc) and doc[j].lemma_.lower() in HALVED_TIME_UNITS and doc[j].tag_ == "NN"


def unit_fraction_words(words: list[str]) -> tuple[float, list[str]] | None:
    """The fraction and the unit's words of a figure's words ("a", "half", "hour"), or None.

    The words are the figure's, lower-case, split at hyphens ("a half-hour": "a", "half",
    "hour").
    """
    if len(words) == 5 and words[0] in _ARTICLES and tuple(words[2:]) == _AND_A_HALF:
        return (1.5, words[1:2]) if words[1] in HALVED_TIME_UNITS else None  # "a year and a half"
    if len(words) >= 3 and words[0] == "half" and words[1] in _ARTICLES:
        fraction, unit = UNIT_FRACTIONS["half"], words[2:]
    elif len(words) >= 3 and words[0] in _ARTICLES and words[1] in UNIT_FRACTIONS:
        fraction, unit = UNIT_FRACTIONS[words[1]], words[2:]
    else:
        return None
    if unit[-1] not in FRACTION_UNIT_NOUNS:
        return None
    return fraction, unit
