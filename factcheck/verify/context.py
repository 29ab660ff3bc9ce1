"""Where and when an article speaks: its date from the text, a claim's sentence. Pure."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_DATE = re.compile(
    r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+(\d{1,2}),\s+(\d{4})\b",
    re.I,
)
# A claim's sentence, as far as plain text shows it: up to these characters either side.
SENTENCE_REACH = 300
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])|\n")


def find_text_date(text: str) -> date | None:
    """Return the latest full date the text gives ("Thursday, Nov. 2, 2023"), or None.

    An article without a known publication date is dated by the latest day it names.
    """
    found = []
    for match in _DATE.finditer(text):
        month = MONTHS[match.group(1).lower()]
        try:
            found.append(date(int(match.group(3)), month, int(match.group(2))))
        except ValueError:
            continue
    return max(found) if found else None


def find_sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the offsets of the sentence around ``text[start:end]``, as far as they can be told."""
    left = max(0, start - SENTENCE_REACH)
    before = [m.end() for m in _SENTENCE_END.finditer(text, left, start)]
    sentence_start = before[-1] if before else left
    after = _SENTENCE_END.search(text, end, min(len(text), end + SENTENCE_REACH))
    sentence_end = after.start() if after else min(len(text), end + SENTENCE_REACH)
    return sentence_start, sentence_end


_DATELINE = re.compile(
    r"^\s*([A-Z][A-Z.'\- ]{2,30}?)(?:,\s*[A-Z][\w.]+)*\s*(?:\([\w ]+\)\s*)?[\u2014\u2013-]", re.M
)
_IN_PLACE = re.compile(r"\b(?:in|near|at) ((?:[A-Z][a-z]+)(?: [A-Z][a-z]+){0,2})\b")
_NOT_PLACES = frozenset({"The", "A", "An", "This", "That", "Police", "Friday", "Monday", "Tuesday",
                         "Wednesday", "Thursday", "Saturday", "Sunday", "January", "February",
                         "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"})  # fmt: skip


def find_claim_place(text: str, sentence: tuple[int, int]) -> str:
    """Return the place a claim's sentence names ("in Riverton"), else the dateline's, or "".

    Used to group claims that no reference figure places.
    """
    for match in _IN_PLACE.finditer(text, *sentence):
        if match.group(1).split()[0] not in _NOT_PLACES:
            return match.group(1)
    dateline = _DATELINE.search(text[:600])
    return dateline.group(1).strip().title() if dateline else ""
