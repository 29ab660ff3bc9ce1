"""A figure named only to be turned down after the one given: "it had recorded nine killings
this year, not 14, and ...", "corrected the number to 13, not 15." Pure.

The figure after ", not" is the rival or superseded count the sentence rejects; the figure
before it is the one asserted (tests/wireo gold twice, "re-mention of a rival figure the source
rejects" and "figure named as an error by a correction"; tests/wirey gold, "superseded figure
named in a correction": two writers, 3 of 3 not claims). Only a bare number closing its phrase,
with a figure earlier in the sentence: "not 14 people but 12" names its own noun and is left.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.mentions.quantities import is_numeral, is_spelled_number

# What may close the rejected figure's phrase: "not 14, and", "not 15.", "not 30;"
_CLOSERS = frozenset({",", ".", ";", ")", "and", "but"})


def is_rejected_alternative(doc: Doc, start: int, end: int) -> bool:
    """True if the number at tokens ``start:end`` follows ", not" and closes its phrase, after a
    figure of the same sentence."""
    if start < 3 or doc[start - 1].lower_ != "not" or doc[start - 2].text != ",":
        return False
    if end < len(doc) and doc[end].lower_ not in _CLOSERS:
        return False
    sentence_start = doc[start].sent.start
    return any((is_numeral(t) or is_spelled_number(t)) for t in doc[sentence_start : start - 2])
