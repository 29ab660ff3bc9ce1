"""A figure is never its own source: "found discriminatory by a 9-to-6 vote of the court",
"research by four leading economists suggests", "according to interviews with more than a
half-dozen of his aides": the figure counts or describes the words that name the source, and
the writer gives it (gold README, "Source kinds": a figure the reporter states has no source).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.model import Source


def inside_its_source(number: Token, source: Source) -> bool:
    """Whether the words of ``source`` in the figure's sentence take in the figure itself.

    Args:
        number: the figure's number token.
        source: the source found for it.

    Returns:
        True when the source phrase, where the sentence writes it, covers the number.
    """
    if not source.text:
        return False
    sent = number.sent
    text = sent.text
    where = number.idx - sent.start_char
    start = text.find(source.text)
    while start >= 0:
        if start <= where < start + len(source.text):
            return True
        start = text.find(source.text, start + 1)
    return False
