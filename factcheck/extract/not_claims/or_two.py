"""A vague "or two" after a singular noun: "a delegate or two", "an anecdote or two" (issue 11).
Pure.

"pick up a delegate or two", "break a mold or two", "summon an anecdote or two": the "two"
does not count anything; with the "a" before the noun it says "one or two, a few", a vague
amount, which the gold README puts among the not-claims ("dozens", "hundreds"); so does "the"
("the issue or two on which they agree", "in the day or two before the vote"). The parse
hangs the "two" on the noun as a conjunct or a number, so the test reads the words. A figure
that counts a noun of its own ("a rifle or two pistols") and "one or two" (a range, which the
tuning golds claim) are left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import OR_TWO_NUMBERS, OR_TWO_REACH, OR_TWO_STARTS


def is_vague_or_two(doc: Doc, start: int, end: int) -> bool:
    """True if tokens ``start:end`` are the "two" of "a NOUN or two"."""
    if end - start != 1 or start < 3 or doc[start].lower_ not in OR_TWO_NUMBERS:
        return False
    number = doc[start]
    if number.head.i > number.i and number.head.pos_ in ("NOUN", "PROPN"):
        return False  # "a rifle or two pistols": two counts its own noun
    if doc[start - 1].lower_ != "or" or doc[start - 2].tag_ not in ("NN", "NNP"):
        return False
    for k in range(start - 2, max(start - 2 - OR_TWO_REACH, -1), -1):
        word = doc[k]
        if word.lower_ in OR_TWO_STARTS:
            return k < start - 2
        if word.pos_ not in ("NOUN", "PROPN", "ADJ", "CCONJ") and word.text != "-":
            return False  # "a fighter or aircraft or two", "a council member or two"
    return False
