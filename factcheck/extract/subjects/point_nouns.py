"""The noun a hyphened count of points describes: "a six-percentage-point lead" -> "point lead".

A figure written as a compound adjective ("a 4-point edge", "a three-point loss", "his 20-point
deficit") measures the noun it stands before, not the points: the real golds name that noun
(lead, edge, margin, loss, deficit, advantage). Pure.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import POINT_WORDS
from factcheck.extract.subjects.noun_phrases import NOUNS, head_phrase


def point_noun(points: Token, span_end: int) -> str:
    """ "a four-point edge": "point edge"; '' when the points describe no noun after the span.

    Args:
        points: the "point" word inside a figure's span.
        span_end: the token index just past the figure's span.
    """
    if points.lower_ not in POINT_WORDS or points.dep_ not in ("compound", "amod", "nmod"):
        return ""
    noun = points.head
    if noun.i < span_end or noun.pos_ not in NOUNS:
        return ""
    return f"{points.lower_} {head_phrase(noun, after=span_end - 1)}"
