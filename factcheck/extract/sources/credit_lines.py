"""A table's credit line names the source of the table's figures (src52).

A poll graphic printed as text is a box of short lines (a question, one line per answer with
its share, the poll's sample) closed by a credit line, "Source USA TODAY/Suffolk University"
or "SOURCE: Lee College poll". The credit names the source of every figure in the box, as
realgold31 writes it for each share, the sample and the margin of error. Invented example:

    SHOULD THE TAX RISE?
    No    58%.
    Yes    33%.
    Poll of 1,000 likely voters.
    Source Lee College poll.

-> 58%, 33% and 1,000 are the Lee College poll's.

A box is the run of short paragraphs right before the credit line, holding two shares at
least; the article's prose (a longer paragraph) ends it. A credit line after prose names no
table ("Source: WXYZ" under a story).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from factcheck.extract.doctext import doc_text
from factcheck.model import Source, SourceKind

_CREDIT_RE = re.compile(r"\s*(?:Source|SOURCE)S?\s*:?\s+(?P<who>[A-Z][^\n]{1,80}?)[.\s]*")
# A line of the box is at most this long ("Poll of 1,000 likely voters taken Wednesday through
# Sunday. Margin of error +/- 3 percentage points." is 100).
_BOX_CHARS = 120
_SHARE_RE = re.compile(r"\d\s*(?:%|percent\b)")
_LEAST_SHARES = 2


def table_credit_regions(doc: Doc, paras: list[tuple[int, int]]) -> list[tuple[int, int, Source]]:
    """Characters of each table a credit line closes, with the credited source.

    Args:
        doc: the parsed article.
        paras: start and end characters of its non-empty paragraphs.
    """
    text = doc_text(doc)
    regions = []
    for index, (start, end) in enumerate(paras):
        match = _CREDIT_RE.fullmatch(text, start, end)
        if match is None:
            continue
        first = index
        while first > 0 and paras[first - 1][1] - paras[first - 1][0] <= _BOX_CHARS:
            first -= 1
        box = [text[s:e] for s, e in paras[first:index]]
        if sum(1 for line in box if _SHARE_RE.search(line)) < _LEAST_SHARES:
            continue
        source = Source(text=match.group("who"), kind=SourceKind.NAMED_ORG)
        regions.append((paras[first][0], start, source))
    return regions
