""" "a 26-delegate advantage", "a 54-person majority", "a 23-seat majority", "a 10-vote win":
a count glued to the noun of what it counts before a noun of margin is that margin. Pure.

docs/gold-conventions.md, "Compound descriptors", exception (1): when the noun is an amount or
a difference (lead, edge, margin, advantage, deficit, majority ...), the compound is that
amount and a claim with its unit ("a 23-seat majority": value 23). ``point_margin_end`` reads
the margins in points; this reads those in people, seats, delegates and votes (realgold20
gold: "a 54-person majority", value 54). A span of time before the margin noun ("a two-year
gap", "a decade-long decline") says how long, not how large, and is left to the time rules; a
fraction ("a two-thirds majority") is the threshold a vote needs (dev corpus gold: not a claim).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import COUNT_MARGIN_NOUNS, HYPHEN_FRACTION_WORDS, TIME_UNITS


def count_margin_end(doc: Doc, end: int) -> int:
    """The end of the counted noun of a margin after a number ending at token ``end``, or 0:
    "a 26-delegate advantage" ends after "delegate"."""
    if end + 2 >= len(doc) or doc[end - 1].whitespace_:
        return 0
    hyphen, unit = doc[end], doc[end + 1]
    if hyphen.text not in ("-", "–") or hyphen.whitespace_ or not unit.is_alpha:
        return 0
    if unit.pos_ != "NOUN" or unit.lemma_.lower() in TIME_UNITS or unit.lower_ in TIME_UNITS:
        return 0
    if unit.lower_ in HYPHEN_FRACTION_WORDS:
        return 0  # "a two-thirds majority": the threshold a vote needs, not a margin held
    for noun in doc[end + 2 : end + 4]:  # the margin noun may follow one modifier
        if noun.lemma_.lower() in COUNT_MARGIN_NOUNS:
            return end + 2
        if noun.pos_ not in ("NOUN", "ADJ"):
            return 0
    return 0
