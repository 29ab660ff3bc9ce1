"""An age that makes someone the youngest or oldest: "Jazz Lee, at 15 the youngest marshal
ever", "At 34, she is the youngest mayor in the state's history" (issue 11). Pure.

"at N" set off by a comma or opening the sentence, with "youngest" or "oldest" close after, is
the person's age (realgold6 gold: "age"), used to describe them (gold README: ages used as
descriptors are not claims). A figure a verb reaches with "at" ("the rate stood at 10, the
highest since 2009") is not set off so and stays a figure.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import AGE_SUPERLATIVES

# how far after the age the superlative may stand: "At 34, she is the youngest"
_REACH = 6


def is_age_before_superlative(doc: Doc, start: int, end: int) -> bool:
    """True if the number at ``start:end`` is the "15" of ", at 15 the youngest marshal"."""
    if end - start != 1 or start < 1:
        return False
    number, at = doc[start], doc[start - 1]
    if not number.is_digit or len(number.text) > 3 or not 0 < int(number.text) < 120:
        return False
    if at.lower_ != "at":
        return False
    if not (at.is_sent_start or (start >= 2 and doc[start - 2].text in (",", "—", "–", "("))):
        return False
    sent_end = number.sent.end
    return any(t.lower_ in AGE_SUPERLATIVES for t in doc[end : min(end + _REACH, sent_end)])
