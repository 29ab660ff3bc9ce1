"""Sentence starts at the single line breaks of a live blog's layout. Pure.

A live page writes its entries under a clock time alone on a line ("12:15 IST" then the
entry's first sentence on the next line), lists its key points as dashed lines ("- UAE says
...") and its key events as lines that open with a clock time ("20.00 CET Exit poll projects
37 to 40 seats"), often separated by single line breaks. ``set_paragraph_breaks`` leaves
single breaks alone (hard-wrapped text keeps its sentences), so the parser joined such lines
and the time or the last word of the line before became the subject of the next line's verb:
the source read "12:15" for "The railway says at least 18 people were killed", "home\\n- UAE"
for "UAE says it has mediated ..." (tests/wirel, wirek: six records of two writers; the
same layout in tests/wiref's live page). A line that holds only a clock time, a line that
opens with a list dash or bullet, and the words after a clock time that opens a line each
start a sentence, as every paragraph does.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

# "12:15", "20.00", "9:05" with an optional zone in capitals ("IST", "BST", "CET", "GMT")
_CLOCK = re.compile(r"^(?:[01]?\d|2[0-3])[:.][0-5]\d$")
_ZONE = re.compile(r"^[A-Z]{2,4}$")
_BULLETS = frozenset({"-", "–", "—", "•", "*"})


def live_line_starts(doc: Doc, break_token: Token, starts: dict[int, bool]) -> None:
    """Record in ``starts`` the sentence starts that the line after ``break_token`` (a token
    whose text holds a single line break) opens: after a line that is only a clock time, at a
    line that opens with a bullet, and after a clock time (and zone) that opens a line.
    """
    following = doc[break_token.i + 1]
    if following.text in _BULLETS and following.whitespace_ and following.i + 1 < len(doc):
        # the bullet stands alone, so the parser reads the point as a sentence of its own
        starts[following.i] = True
        starts[following.i + 1] = True
        return
    if _clock_line_before(doc, break_token.i):
        starts[following.i] = True
    _split_clock_prefix(doc, following.i, starts)


def _clock_line_before(doc: Doc, break_i: int) -> bool:
    """True if the line ending at token ``break_i`` is a clock time alone ("12:15 IST")."""
    words: list[Token] = []
    i = break_i - 1
    while i >= 0 and "\n" not in doc[i].text and len(words) < 3:
        words.append(doc[i])
        i -= 1
    if not words or len(words) > 2 or (i >= 0 and "\n" not in doc[i].text):
        return False
    words.reverse()
    if not _CLOCK.match(words[0].text):
        return False
    return len(words) == 1 or bool(_ZONE.match(words[1].text))


def _split_clock_prefix(doc: Doc, start: int, starts: dict[int, bool]) -> None:
    """ "20.00 CET Exit poll projects 37 to 40 seats": the words after a clock time (and
    its zone) that opens a line start their own sentence, also after a dash ("16:20 GMT – Civil defence raises toll to 34":
    the zone read as the verb's subject and the source, tests/wirep, wirez)."""
    if not _CLOCK.match(doc[start].text):
        return
    after = start + 1
    if after < len(doc) and _ZONE.match(doc[after].text):
        after += 1
    if after < len(doc) - 1 and doc[after].text in _BULLETS:
        after += 1  # "17:05 GMT - Prosecutors raise count to 31": a dash after the time
    if after < len(doc) - 1 and doc[after].is_alpha and doc[after].text[0].isupper():
        starts[start] = True
        starts[after] = True
