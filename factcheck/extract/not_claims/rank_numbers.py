"""A place in a ranking written as a bare number after the verb "rank": "Ferguson was ranked 19
on the list", "the state ranks 48 in the nation" (session 51, branch fp51). Pure.

"ranked 19" says what "ranked 19th" and "was No. 19 on this list" say: a place, an ordinal, which
the gold README lists among the not-claims (realgold10 gold: "rank (ordinal)" for "No. 19"). The
ordinal ("19th") and "No. 19" were already read as such; the bare number after the verb was
counted as if it were a figure. Only a number the verb takes as its own object or complement:
"he ranked the 10 candidates" counts the candidates, and "ranked 3 out of 10" is left to the
share it begins.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.mentions.quantities import is_numeral, is_spelled_number

# what the number is to the verb when it is the place itself: "ranks 12", "was ranked 19"
_PLACE_DEPS = frozenset({"dobj", "oprd", "attr", "npadvmod", "advmod"})


def is_rank_number(doc: Doc, start: int, end: int) -> bool:
    """True if the number at tokens ``start:end`` is the "19" of "was ranked 19 on the list"."""
    if end - start != 1 or start < 1:
        return False
    number, verb = doc[start], doc[start - 1]
    if not (is_numeral(number) or is_spelled_number(number)) or number.text[:1] in "$€£":
        return False
    if end < len(doc) and doc[end].lower_ in ("out", "of"):
        return False  # "ranked 3 out of 10": left to the share it begins
    return (
        verb.lemma_.lower() == "rank"
        and verb.tag_.startswith("VB")
        and number.head.i == verb.i
        and number.dep_ in _PLACE_DEPS
    )
