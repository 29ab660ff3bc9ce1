"""Headings inside an article: a live page's post headings ("Russia says it downed 57",
"16:40 GMT: Toll rises to 38, fire service says"), a story's subheads. Pure.

Gold README, "Headlines": a figure in the headline is a claim of its own, with the caveats of
the same figure in the body. The wire annotators read a live page's post headings as headlines
(tests/wirea README, "Headlines, live-page summary bullets and post headings are headlines";
tests/wireb README, 8: "the live entry heading"): the heading's figure takes the figure-level
caveats (could not be verified, hedged, disputed, preliminary) of the same figure in the post
under it (tests/wirea a_4 gold: "Russia says it downed 57" not_independently_verified, from
"The BBC has not been able to verify the claims" under it). Caveats about who gives the figure
follow the heading's own source, read as for any sentence.

A heading is a live page's only when a time stamp posts it: on the line above ("10:35 GMT") or
opening the line ("16:40 GMT: Toll rises to 38"). Short lines of other pages (a scraped local
news page's "Related" links and captions) are no post headings: read as such, one took a hedge
from a figure paragraphs below it on a held-out local news article (session 64).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.model import Caveat, CaveatMention

# a heading is a short line with no closing punctuation, a paragraph of its own
_MAX_WORDS = 12
_CLOSING = ".!?;:,\"'”’)…"
_WORD_RE = re.compile(r"\S+")
# a live page's time stamp: "12:41 GMT", "0935 GMT", "10:05 a.m. ET", "11.20 BST"
_STAMP = (
    r"(?:\d{1,2}[:.]\d{2}|\d{4})\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|local)?"
)
_STAMP_LINE_RE = re.compile(rf"{_STAMP}$", re.IGNORECASE)
_STAMPED_HEADING_RE = re.compile(rf"{_STAMP}\s*[:\-–—]\s*\S", re.IGNORECASE)
# the caveats of what a figure is, not of who gives it
_FIGURE_CAVEATS = frozenset(
    {Caveat.NOT_INDEPENDENTLY_VERIFIED, Caveat.HEDGED, Caveat.DISPUTED, Caveat.PRELIMINARY}
)


def heading_lines(text: str, headline_end: int) -> list[tuple[int, int]]:
    """The character spans of the heading lines after the headline: a line between blank
    lines, of at most twelve words, that does not end a sentence, has a paragraph after it and
    is posted by a time stamp (the line above it, or its own opening)."""
    lines: list[tuple[int, int]] = []
    start = 0
    for line in text.splitlines(keepends=True):
        end = start + len(line.rstrip("\r\n"))
        lines.append((start, end))
        start += len(line)
    spans = []
    for k, (s, e) in enumerate(lines):
        if s < headline_end:
            continue
        body = text[s:e].strip()
        if not body or body[-1] in _CLOSING or len(_WORD_RE.findall(body)) > _MAX_WORDS:
            continue
        before = lines[k - 1] if k else None
        if before is not None and text[before[0] : before[1]].strip():
            continue  # inside a paragraph
        above = next((text[a:b].strip() for a, b in reversed(lines[:k]) if text[a:b].strip()), "")
        if not (_STAMP_LINE_RE.fullmatch(above) or _STAMPED_HEADING_RE.match(body)):
            continue  # no time stamp posts it: not a live page's heading
        following = next((text[a:b].strip() for a, b in lines[k + 1 :] if text[a:b].strip()), "")
        if len(_WORD_RE.findall(following)) <= _MAX_WORDS:
            continue  # a list of short lines, or the last line: no post under it
        spans.append((s, e))
    return spans


def stamp_lines(text: str, headline_end: int) -> list[int]:
    """The ends of the lines after the headline that hold only a live page's time stamp
    ("16:40 GMT"), with the heading on the next line or none: where a post starts."""
    ends = []
    start = 0
    for line in text.splitlines(keepends=True):
        body = line.strip()
        if start >= headline_end and body and _STAMP_LINE_RE.fullmatch(body):
            ends.append(start + len(line.rstrip("\r\n")))
        start += len(line)
    return ends


def share_heading_caveats(
    headings: Sequence[tuple[int, int]],
    starts: Sequence[int],
    figures: Sequence[tuple[float, float | None, str]],
    caveats: list[tuple[CaveatMention, ...]],
) -> list[tuple[CaveatMention, ...]]:
    """Give a heading's figure the figure-level caveats of the first same figure (value, high
    end, unit) in the post under it, before the next heading."""
    if not headings:
        return caveats
    shared = list(caveats)
    order = list(Caveat)
    for k, (head_start, head_end) in enumerate(headings):
        post_end = headings[k + 1][0] if k + 1 < len(headings) else None
        for index, start in enumerate(starts):
            if not head_start <= start < head_end:
                continue
            body = next(
                (
                    j
                    for j, s in enumerate(starts)
                    if s >= head_end
                    and (post_end is None or s < post_end)
                    and figures[j] == figures[index]
                ),
                None,
            )
            if body is None:
                continue
            kinds = {c.kind for c in shared[index]}
            extra = tuple(
                c for c in caveats[body] if c.kind in _FIGURE_CAVEATS and c.kind not in kinds
            )
            if extra:
                shared[index] = tuple(
                    sorted((*shared[index], *extra), key=lambda c: order.index(c.kind))
                )
    return shared
