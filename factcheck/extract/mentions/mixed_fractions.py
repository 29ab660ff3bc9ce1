"""A whole number with a fraction: "4 1/2 hours", "2½ years", and "41/2 years", the way "4½"
comes out of a feed that lost the glyph's spacing.

Gold README: a figure is read with its unit ("24 hours"); realgold33 gold "4 1/2 hours" = 4.5
hours, realgold7 gold "41/2 years" = 4.5 years. The finder read the "4" alone (a date, from the
parser's entity over "4 1/2 years") or nothing, since "1/2" and "41/2" are no numerals. A glued
"41/2" is read as four and a half only before a unit: "11/2" alone may be a date. Ages and
compound descriptors ("a 3 1/2-year-old", "a 1 1/2-story home") stay not-claims by the rules
that read "a 3-year-old". Pure.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import FRACTION_GLYPHS

_SLASH_RE = re.compile(r"^([1-9])/([2-9]|1[0-6])$")
_GLYPH_RE = re.compile(rf"^(\d+)([{''.join(FRACTION_GLYPHS)}])$")
_LOST_GLYPH_RE = re.compile(r"^(\d+)1/2$")
_WHOLE_RE = re.compile(r"^\d+$")


def fraction_value(word: str) -> float | None:
    """The value of a fraction word ("1/2" 0.5, "½" 0.5, "2½" 2.5, "41/2" 4.5), or None."""
    if word in FRACTION_GLYPHS:
        return FRACTION_GLYPHS[word]
    slash = _SLASH_RE.match(word)
    if slash and int(slash.group(1)) < int(slash.group(2)):
        return int(slash.group(1)) / int(slash.group(2))
    glyph = _GLYPH_RE.match(word)
    if glyph:
        return int(glyph.group(1)) + FRACTION_GLYPHS[glyph.group(2)]
    lost = _LOST_GLYPH_RE.match(word)
    if lost:
        return int(lost.group(1)) + 0.5
    return None


def is_glued_mixed_fraction(token: Token, *, unit_follows: bool) -> bool:
    """True if ``token`` is one word of a whole and a half: "2½" always, "41/2" only before a
    unit (``unit_follows``)."""
    if _GLYPH_RE.match(token.text):
        return True
    return unit_follows and bool(_LOST_GLYPH_RE.match(token.text))


def mixed_fraction_end(doc: Doc, i: int) -> int:
    """The end of "4 1/2" (a whole number, spaces, a fraction) starting at token ``i``, or 0."""
    if not _WHOLE_RE.match(doc[i].text) or not doc[i].whitespace_ or i + 1 >= len(doc):
        return 0
    # one space between: a run of spaces is tokens of its own, across which the unit and age
    # rules do not read, so "4      1/2      hours" is left as it was read
    fraction = doc[i + 1].text
    return i + 2 if _SLASH_RE.match(fraction) and fraction_value(fraction) is not None else 0
