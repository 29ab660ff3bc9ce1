"""A count said to have been made twice: "some bodies had been counted twice as they were moved
between hospitals", "skulls ... counted twice". Pure.

"twice" says how a tally went wrong, not a figure at issue (tests/wirep gold, "adverb of
frequency (counted more than once), no figure asserted"; tests/wirex gold, "adverb of double
counting, no figure asserted": two writers). Only "twice" or "double" as the adverb of a verb of
counting (DOUBLE_COUNT_VERBS); "visited twice", "was shot twice" stay counts.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import DOUBLE_COUNT_VERBS


def is_double_count(doc: Doc, start: int, end: int) -> bool:
    """True if the word at tokens ``start:end`` is the "twice" of "counted twice"."""
    if end - start != 1 or doc[start].lower_ not in ("twice", "double"):
        return False
    word = doc[start]
    return word.dep_ == "advmod" and word.head.lemma_.lower() in DOUBLE_COUNT_VERBS
