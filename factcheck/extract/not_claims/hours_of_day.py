"""An hour told in words: "just after two in the morning", "at 11 at night", "until four in the
afternoon" is a time of day (gold README, "What is not a claim": times), as "2 a.m." is. Pure.

The hour (1 to 12) follows a preposition of time and comes before "in the morning / afternoon
/ evening" or "at night" (session 64, tests/wirea: a witness's "just after two in the morning"
was claimed). Not "killed two in the morning attack" (no preposition of time before it).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import NUMBER_WORDS
from factcheck.extract.mentions.quantities import is_numeral, numeral_value

_TIME_PREPS = frozenset({"at", "after", "before", "until", "till", "by", "around", "past"})
_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening"})


def is_hour_of_the_day(doc: Doc, start: int, end: int) -> bool:
    """True for a lone hour between a preposition of time and "in the morning" / "at night"."""
    if end - start != 1 or start == 0:
        return False
    hour = doc[start]
    value = numeral_value(hour) if is_numeral(hour) else NUMBER_WORDS.get(hour.lower_, 0)
    if not 1 <= value <= 12:
        return False
    if doc[start - 1].lower_ not in _TIME_PREPS:
        return False
    after = [t.lower_ for t in doc[end : end + 3]]
    return after[:2] == ["at", "night"] or (
        after[:2] == ["in", "the"] and len(after) == 3 and after[2] in _PARTS_OF_DAY
    )
