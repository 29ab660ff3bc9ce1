"""Whether a sentence, or the one before it, tells of a casualty. Pure.

impl56: words that say a death or a survival only in a story of harm ("The victim did not make
it", "Jones, 24, died Monday") are read only where the text around them speaks of gunfire,
wounds or care (``lexicon.CASUALTY_CONTEXT_WORDS``), so a page's other news ("Justice Scalia
died in February", "The team did not make it") counts no one.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from factcheck.extract.lexicon import CASUALTY_CONTEXT_WORDS


def casualty_told(token: Token, words: Container[str] = CASUALTY_CONTEXT_WORDS) -> bool:
    """The sentence of ``token`` or the one before tells of a casualty by one of ``words``."""
    sent = token.sent
    start = sent.start
    if start > 0:
        start = token.doc[start - 1].sent.start
    return any(t.lemma_.lower() in words or t.lower_ in words for t in token.doc[start : sent.end])
