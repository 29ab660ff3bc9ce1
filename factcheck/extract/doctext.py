"""A parsed article's text, built once per Doc.

spaCy's ``Doc.text`` joins every token anew on each call: with one call per figure or
quotation it took 80% of extraction time on long articles (docs/benchmarks.md).
"""

from __future__ import annotations

from spacy.tokens import Doc

_TEXT = "factcheck_text"


def doc_text(doc: Doc) -> str:
    """The Doc's text, joined once and kept in its ``user_data``."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def keep_text(doc: Doc, text: str) -> None:
    """Record the text the Doc was parsed from, when the caller has it (no join at all)."""
    doc.user_data[_TEXT] = text
