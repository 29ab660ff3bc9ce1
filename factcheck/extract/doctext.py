"""A parsed article's text, built once per Doc.

spaCy's ``Doc.text`` joins every token anew on each call: with one call per figure or
quotation it took 80% of extraction time on long articles (docs/benchmarks.md). Even joined
once it costs a pass over every token (2.7 s in 268 articles, profiled); the tokenizer of
``build_nlp`` (``TextKeepingTokenizer``) records the text it was given instead.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from factcheck.extract.headline_case import sentence_case_headline
from factcheck.extract.plain_spaces import as_plain_spaces
from factcheck.extract.shouted_case import sentence_case_shouted

_TEXT = "factcheck_text"


def doc_text(doc: Doc) -> str:
    """The Doc's text: as the tokenizer was given it, else joined once and kept."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def span_text(span: Span) -> str:
    """A span's text (``Span.text``), sliced from the kept text instead of joined."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def keep_text(doc: Doc, text: str) -> None:
    """Record the text the Doc was parsed from, when the caller has it (no join at all)."""
    doc.user_data[_TEXT] = text


def token_at_char(doc: Doc, char: int) -> Token | None:
    """The token that covers character ``char`` of the text, where a regex over the text
    (a headline's words) found it; None past the end or on a space between tokens."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


class TextKeepingTokenizer:
    """spaCy's tokenizer, recording each text on the Doc it makes (``doc_text`` reads it).

    The tokens are made from the text with a title-case headline in sentence case
    (``headline_case``) and no-break spaces in figures as plain ones (``plain_spaces``), for
    the tagger and parser; the recorded text is the one given. Everything
    else (memory zones, serialisation, the cache) is the wrapped tokenizer's.
    """

    def __init__(self, tokenizer: Any) -> None:
        self.inner = tokenizer

    def __call__(self, text: str) -> Doc:
        if not isinstance(text, str):
            return self.inner(text)
        # what the tagger and parser read: a title-case headline in sentence case
        # (headline_case), no-break spaces in figures as plain ones (plain_spaces); both keep
        # every offset, and the recorded text is the one given
        doc = self.inner(as_plain_spaces(sentence_case_shouted(sentence_case_headline(text))))
        doc.user_data[_TEXT] = text
        return doc

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)
