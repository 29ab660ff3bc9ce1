"""A ratio to one is one figure: "outspending them 5-1", "Republicans outnumber Democrats 3 to
1", "by 2-1" (realgold8 gold: "5-1", value 5). The "1" is the ratio's base, not a count of its
own; the span takes both numbers and the value is the first. Pure.
"""

from __future__ import annotations

from spacy.tokens import Doc

# the bases a ratio is written against
_BASES = frozenset({"1", "one"})


def is_ratio_to_one(doc: Doc, low: tuple[int, int], high: tuple[int, int]) -> bool:
    """True if the upper figure ``high`` of a falling "A-B" / "A to B" is a ratio's base 1,
    and ``low`` is no link of a chain ("a 3-2-1 strategy" is a name)."""
    start, end = high
    chained = low[0] >= 2 and doc[low[0] - 1].text == "-" and doc[low[0] - 2].like_num
    return end - start == 1 and doc[start].lower_ in _BASES and not chained
