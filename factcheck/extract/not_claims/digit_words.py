"""Words with digits that no mention read: each a not-claim with the reason its shape gives. Pure.

The numbers component starts a mention only at a numeral ("240", "$2.5bn", "7.7%") or a number
word, so a word that holds digits but is no numeral ("105th", "1990s", "7:30", "HB2", "9/11")
was in neither the claims nor the not-claims: an audit of every digit could not tell a figure
missed from a word rightly passed over. Each such word is now a not-claim whose reason says
what it is (gold README: ordinals, dates, times, ages used as descriptors and numbers inside
names are no claims). Found from the text's digit runs, so the tokens are not walked again.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from factcheck.extract.doctext import doc_text

_DIGITS_RE = re.compile(r"[0-9]+")
# (pattern of the whole word, reason), the first that matches wins
_SHAPES = (
    (re.compile(r"^[0-9]+(?:st|nd|rd|th)$", re.IGNORECASE), "ordinal"),
    (re.compile(r"^(?:mid-|early-|late-)?'?[0-9]{4}s$", re.IGNORECASE), "date (decade)"),
    (re.compile(r"^'[0-9]0s$"), "date (decade)"),
    (
        re.compile(r"^(?:mid-)?[1-9]0s$", re.IGNORECASE),
        "vague amount (a decade of life or of a scale)",
    ),
    (re.compile(r"^[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ap]\.?m\.?)?$", re.IGNORECASE), "time"),
    (re.compile(r"^(?:mid|pre|post|early|late)-[0-9]{4}$", re.IGNORECASE), "date"),
    (re.compile(r"^(?:post-|pre-)?[0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{2,4})?$"), "date or fraction"),
    (re.compile(r"^[0-9]'[0-9]{1,2}$"), "descriptor (height)"),
    (re.compile(r"^no\.[0-9]+$", re.IGNORECASE), "ordinal"),
    (re.compile(r"^[A-Z][a-z]{2,4}\.[0-9]{1,2}$"), "date"),
    (re.compile(r"://|www\.|\.com|twitter|[=<>@#_]", re.IGNORECASE), "part of a link or markup"),
    # a style sheet copied with the text: "width:100", "top:20px", "50px"
    (
        re.compile(r"[0-9]px$|^(?:width|height|top|bottom|left|right|size):"),
        "part of a link or markup",
    ),
    # "HB2", "G4S", "AK-47", "K-12", "29D", "i360": capitals or letters glued to the digits (a
    # name's letters may be garbled by a wrong encoding, accents apart: "GÃ1⁄4len")
    (re.compile(r"^(?=.*[A-ZÀ-Þ])[^\W_][\w.\-⁄\u0300-\u036f]*$"), "part of a name"),
    (re.compile(r"^[a-z]+[0-9][a-z0-9]*$"), "part of a name"),
)
UNREAD = "digits glued to other text, not read"


def unread_digit_words(doc: Doc, covered: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The words holding digits outside every span of ``covered``, as (start, end, reason).

    Args:
        doc: the parsed article.
        covered: character spans of the article's claims, not-claims and unparsed figures.
    """
    merged = _merged(covered)
    starts = [start for start, _ in merged]
    found: list[tuple[int, int, str]] = []
    last_end = -1
    for match in _DIGITS_RE.finditer(doc_text(doc)):
        at = match.start()
        if at < last_end or _inside(merged, starts, at):
            continue
        span = doc.char_span(at, match.end(), alignment_mode="expand")
        if span is None or not len(span):
            continue
        token = span[0]
        end = token.idx + len(token)
        found.append((token.idx, end, _reason(token)))
        last_end = end
    return found


def _merged(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans joined where they overlap (an implied count holds a figure's not-claim:
    "a woman in her 20s"), sorted and disjoint."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _inside(merged: list[tuple[int, int]], starts: list[int], at: int) -> bool:
    index = bisect_right(starts, at) - 1
    return index >= 0 and at < merged[index][1]


def _reason(token: Token) -> str:
    text = token.text
    for pattern, reason in _SHAPES:
        if pattern.search(text):
            return reason
    return UNREAD
