"""Numbers that number the items of a list laid out one item a line, without a dot: a ranking
("1 Donald Trump." ... "12 Jim Gilmore."), a slideshow's captions ("3" above "Zoe Saldana
Responds To Anti-Immigrant Hate."), and a slide counter the page broke over three lines ("1." / "of." /
"23."). Pure.

Gold README, not-claims: ordinals and numbers that label; the tuning gold writes the ranking's
numbers as "rank (ordinal position in a list)". ``page_layout`` reads a marker with its dot or
bracket ("1. WHAT ..."); a bare number opening a line is a marker only inside a run of lines
numbered in order (three in a row), so a headline "7 Shot, 3 Dead" or a paragraph opening
"2 men were ..." stays a figure. The run is read once per Doc.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from factcheck.extract.doctext import doc_text

# a line that opens with a bare number, then a space or a line break and a capital or a quote:
# "3 Marco Rubio.", "1" above its caption "John Leguizamo On How ..."
_ITEM_RE = re.compile(
    r"^[ \t]*(\d{1,2})(?:[ \t]+|[ \t]*\n[ \t]*)(?=[A-Z“\"‘'])", re.MULTILINE | re.ASCII
)
# a line that holds only a number (its full stop kept by the page): "1." / "23."
_BARE_LINE_RE = re.compile(r"\d{1,3}\.?", re.ASCII)
# the line between the two numbers of a counter broken over three lines: "of." / "of"
_COUNTER_JOINERS = frozenset({"of", "of."})
# how many lines numbered in order make a list (N-1, N, N+1 or any three in a row)
_RUN = 3
# the most digits a marker or a slide counter has ("23.", "120.")
_MARKER_DIGITS = 3
_ITEMS = "numbered_items.numbers"


def is_numbered_item(doc: Doc, start: int, end: int) -> bool:
    """True if the number at tokens ``start:end`` numbers an item of a list or a slide."""
    token = doc[start]
    digits = token.text.rstrip(".")
    if not (digits.isascii() and digits.isdigit()) or len(digits) > _MARKER_DIGITS:
        return False
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    if text[line_start : token.idx].strip():
        return False  # the number does not open its line
    return _in_a_run(doc, int(digits)) or _splits_a_counter(text, token.idx)


def _in_a_run(doc: Doc, number: int) -> bool:
    """True if ``number`` opens a line in a run of ``_RUN`` lines numbered in order."""
    numbers: frozenset[int] | None = doc.user_data.get(_ITEMS)
    if numbers is None:
        found = (int(m.group(1)) for m in _ITEM_RE.finditer(doc_text(doc)))
        numbers = doc.user_data[_ITEMS] = frozenset(found)
    if number not in numbers:
        return False
    return any(
        all(first + k in numbers for k in range(_RUN))
        for first in range(number - _RUN + 1, number + 1)
    )


def _splits_a_counter(text: str, idx: int) -> bool:
    """ "1." / "of." / "23.": a line holding only this number, with "of" alone on the next
    line holding text (the first number) or the one before (the total)."""
    line_end = text.find("\n", idx)
    line_end = len(text) if line_end < 0 else line_end
    line_start = text.rfind("\n", 0, idx) + 1
    if not _BARE_LINE_RE.fullmatch(text[line_start:line_end].strip()):
        return False
    after = text[line_end:].lstrip().split("\n", 1)[0].strip().lower()
    before = text[:line_start].rstrip().rsplit("\n", 1)[-1].strip().lower()
    return after in _COUNTER_JOINERS or before in _COUNTER_JOINERS
