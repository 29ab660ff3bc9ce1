"""A bare multiplier set before what it is compared with: "60 percent said she would do better,
double the number who said the same of him", "prices are triple what they were" (issue 11).
Pure.

Gold README ("Multipliers and spans of time"): a multiplier that asserts something checkable is
a claim; a qualifier ("almost double what ...") already marks one, a bare "double the number"
needs the comparison after it (realgold5, realgold10, realgold20 golds).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import MULTIPLE_WORDS, MULTIPLIER_COMPARISON_OPENERS


def compares_as_multiplier(doc: Doc, i: int) -> bool:
    """True if token ``i`` is the "double" of "double the number who ..." or "triple what
    ..."; not "a double shooting", "double digits", "double the fun" is read alike (rare in
    news), "doubled" (a verb, read elsewhere)."""
    token = doc[i]
    if token.lower_ not in MULTIPLE_WORDS or token.lower_.endswith("d") or i + 1 >= len(doc):
        return False
    opener = doc[i + 1]
    if opener.lower_ not in MULTIPLIER_COMPARISON_OPENERS:
        return False
    if opener.lower_ == "what":
        return True  # "triple what they were"
    if i + 2 >= len(doc):
        return False
    if opener.lower_ in ("that", "those"):
        return doc[i + 2].lower_ == "of"  # "double that of last year"
    return doc[i + 2].pos_ == "NOUN"  # "double the number", "double the share of"
