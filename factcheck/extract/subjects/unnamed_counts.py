"""A bare count that nothing in its clause names: "There are six voting blocs. Five are urban."

A cardinal standing alone as a clause's subject ("Five are urban", "Two were at Mercy
Hospital") or as the object of "at" or "for" ("space for six booths ... space for five", "we
were at 30 percent ... we were at 4 and 5") leaves its noun out because a figure just before it
names it (ellipsis), so it counts what that figure counts (``claims.py``, ``earlier_subject``);
the gold README's `subject` is what is counted, and an empty subject is always wrong. Not a
multiplier or a fraction ("twice", "half"), a score or ratio ("5-1"), a count with a fraction
after it ("4 1/2 hours"), nor a count in any other place ("from 1 to 6", "the first four in
Iowa"), which the clause's own rules name.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from factcheck.extract.lexicon import FRACTION_WORDS, NUMBER_WORDS, UNNAMED_COUNT_PREPS

_DIGITS = re.compile(r"\d[\d,]*")
# Number words that are no plain count: an article ("a", "an"), a multiplier ("twice", "dozen")
# or a fraction ("half").
_NOT_COUNTS = frozenset({"twice", "a", "an", "half", "quarter", "dozen"}) | set(FRACTION_WORDS)


def is_unnamed_count(number: Token) -> bool:
    """True for a bare cardinal, with nothing after it, that is a clause's subject or the
    object of "at" or "for"; the caller checks that no rule found a subject for it."""
    word = number.lower_
    if not (_DIGITS.fullmatch(word) or (word in NUMBER_WORDS and word not in _NOT_COUNTS)):
        return False
    doc = number.doc
    before = doc[number.i - 1] if number.i > 0 else None
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if any(t is not None and (t.text in "-–/" or t.like_num) for t in (before, after)):
        return False  # "5-1", "45-40", "4 1/2"
    if number.dep_ in ("nsubj", "nsubjpass"):
        return True
    if number.dep_ == "conj":
        number = number.head  # "we were at 4 and 5": the list's first count
        while number.dep_ == "conj":
            number = number.head
    return number.dep_ == "pobj" and number.head.lower_ in UNNAMED_COUNT_PREPS
