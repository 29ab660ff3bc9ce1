"""Each token's sentence, looked up in one index per Doc instead of found anew.

spaCy's ``Token.sent`` and ``Span.sent`` walk the sentence starts and slice the Doc twice on
every call; the rules ask some 18,000 times in 150 articles (speed17). ``index_sentences``
lists the Doc's sentence bounds once and installs spaCy's own hooks for ``sent``, so every
rule's ``token.sent`` and ``span.sent`` read the index: the same sentence, without the walk.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_SENT = "sent"


def index_sentences(doc: Doc) -> None:
    """Make ``token.sent`` and ``span.sent`` of ``doc`` read one index of its sentences.

    A Doc without sentence boundaries, or whose sentences come from a hook already, is left
    as it is (spaCy raises or asks that hook, as before).
    """
    if _SENT in doc.user_token_hooks or _SENT in doc.user_span_hooks or "sents" in doc.user_hooks:
        return
    if not len(doc) or not doc.has_annotation("SENT_START"):
        return
    # bounds, not Spans: hooks holding Spans of the Doc would make it a reference cycle,
    # freed only by the garbage collector instead of when the last reference goes
    bounds = [(sent.start, sent.end) for sent in doc.sents]
    owner = [index for index, (start, end) in enumerate(bounds) for _ in range(end - start)]

    def token_sent(token: Token) -> Span:
        start, end = bounds[owner[token.i]]
        return Span(token.doc, start, end)

    def span_sent(span: Span) -> Span:
        # a span starting at the Doc's end: spaCy's walk finds the last sentence
        start, end = bounds[owner[span.start]] if span.start < len(owner) else bounds[-1]
        return Span(span.doc, start, end)

    doc.user_token_hooks[_SENT] = token_sent
    doc.user_span_hooks[_SENT] = span_sent
