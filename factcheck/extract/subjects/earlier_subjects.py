"""The subject of the nearest earlier figure, for a figure that names no noun of its own ("210 of
them", "the other six", "1,587 to Reynolds' 940") (issue 11). Pure."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from factcheck.model import Claim


def earlier_subject(claims: Sequence[Claim], span: Span, *, sentences_back: int) -> str:
    """The subject of the nearest earlier figure with one, in ``span``'s sentence or the
    ``sentences_back`` sentences before it; implied counts are passed over."""
    first = span.sent.start
    for _ in range(sentences_back):
        if first == 0:
            break
        first = span.doc[first - 1].sent.start
    start_char = span.doc[first].idx
    for claim in reversed(claims):
        if claim.start < start_char:
            break
        if claim.subject and not claim.implied:
            return claim.subject
    return ""
