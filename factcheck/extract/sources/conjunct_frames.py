"""An "according to" inside the first of two joined clauses covers that clause only: "The war
has killed more than 150,000 people, according to a monitoring group, and some 19.5 million
need aid, according to the U.N." -> 19.5 million is the U.N.'s; "Most people live below the
poverty line, according to the World Bank, and inflation ran at 11.6%, the central bank said"
-> 11.6% is the central bank's.

The parser hangs the frame on the first clause's verb, the head of the joined clause too, so
a walk up from a figure of the second clause met the first clause's frame first. Gold README,
"Source kinds": the source is whoever gives the figure; wire copy strings two bodies' figures
into one sentence, each with its own frame (tests/wirea a_5, tests/wiree e_1: two writers gave
the later figure the later source). A frame written after the joined clause ("X rose 5% and Y
fell 3%, according to the agency") still covers both. Pure.
"""

from __future__ import annotations

from spacy.tokens import Token


def in_an_earlier_conjunct(frame: Token, below: Token) -> bool:
    """``frame`` (a child of ``below``'s head) stands before the joined clause ``below``
    that holds the figure."""
    return (
        below.dep_ == "conj" and below.head.pos_ in ("VERB", "AUX") and frame.i < below.left_edge.i
    )
