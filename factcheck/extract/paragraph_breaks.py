"""Sentence starts at paragraph breaks, set before the parser reads the article. Pure.

The parser must never join a headline, a caption or a dateline paragraph to the text after
it (seed: the headline ends with no full stop), nor end a sentence after a paragraph's first
word. The starts are worked out first and written in one pass over spaCy's array: setting
``Token.is_sent_start`` checks the whole Doc for a parse each time (spaCy's
``has_annotation("DEP")``), and with a Token made for every word to find the line breaks it
cost 0.27 s on 447 allowed articles, 4% of the work after the parse (speed60). The same
starts are set: each write goes to the same token with the same value, in the same order.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.tokens import Doc, Token

from factcheck.extract.live_lines import live_line_starts

_DASHES = frozenset({"-", "–", "—", "--"})
_DATELINE_MAX_TOKENS = 12
# a token's sentence start as spaCy's array holds it: Token.is_sent_start True or False
_START, _NOT_START = 1, -1


def set_paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line and after the first line, so the parser never
    joins a headline, a caption or a dateline paragraph to the text after it (seed: the
    headline ends with no full stop). Other single line breaks are left alone: hard-wrapped
    text keeps its sentences.
    """
    starts: dict[int, bool] = {}  # token -> is_sent_start, the last write winning
    headline_done = False
    for token in line_break_tokens(doc):
        following = doc[token.i + 1]
        if following.is_space:
            continue
        if token.text.count("\n") >= 2 or not headline_done:
            # A blank line, or the end of the first line (the headline, even when the text
            # separates paragraphs by single line breaks).
            starts[following.i] = True
            _join_first_word(doc, following.i, starts)
            _split_dateline(doc, following.i, starts)
        live_line_starts(doc, token, starts)
        headline_done = True
    _write_starts(doc, starts)
    return doc


def line_break_tokens(doc: Doc) -> list[Token]:
    """The tokens before the Doc's last whose text with its whitespace holds a line break,
    from the first token that is not whitespace on (before it, a line break opens the text
    and breaks nothing), in text order.

    A line break lives only in a token's own text (spaCy's trailing whitespace is one plain
    space or none): each distinct form of the Doc is read once, and only the tokens with a
    break become Tokens.
    """
    if len(doc) < 2:
        return []
    orths = doc.to_array(ORTH)
    strings = doc.vocab.strings
    keys = [key for key in set(orths.tolist()) if "\n" in strings[key]]
    texts = numpy.flatnonzero(doc.to_array(IS_SPACE) == 0)
    if not keys or not len(texts):
        return []
    first_text = int(texts[0])
    breaks = numpy.isin(orths[:-1], numpy.array(keys, dtype=orths.dtype))
    positions = numpy.flatnonzero(breaks).tolist()
    return [doc[i] for i in positions if i >= first_text and "\n" in doc[i].text_with_ws]


def _join_first_word(doc: Doc, start: int, starts: dict[int, bool]) -> None:
    """ "FBI Director James Comey testified ...", "House Speaker Paul Ryan said ...": the parser
    sometimes ends a sentence after a paragraph's first word when that word is a name, and the
    title then loses its name (the source reads "FBI"). A paragraph's first word followed by a
    word, with no stop between them, never makes a sentence by itself. A dateline in capitals
    is left to the parser and ``_split_dateline``: joined, its place reads as a body that a
    later "they" stands for."""
    if start + 1 >= len(doc):
        return
    first, second = doc[start], doc[start + 1]
    if first.is_upper and second.is_upper:
        return  # "FRANKLIN COUNTY (WSLS) -": a dateline, split where it ends
    if first.is_alpha and second.is_alpha and first.whitespace_ and "\n" not in first.whitespace_:
        starts[second.i] = False


def _split_dateline(doc: Doc, start: int, starts: dict[int, bool]) -> None:
    """ "LONDON, April 17 (Reuters) - British inflation eased ...": the wire dateline is not
    part of the first sentence, so the parser cannot make "LONDON" its subject.

    A dateline opens a paragraph with a place in capitals and ends at a spaced dash within
    a dozen tokens.
    """
    first = doc[start]
    if not (first.is_upper and first.is_alpha and len(first) > 1):
        return
    for token in doc[start + 1 : min(start + _DATELINE_MAX_TOKENS, len(doc) - 1)]:
        if token.text in _DASHES and token.whitespace_ and doc[token.i - 1].whitespace_:
            starts[token.i + 1] = True
            return
        if token.is_space or token.text in (".", "!", "?"):
            return


def _write_starts(doc: Doc, starts: dict[int, bool]) -> None:
    """Set ``is_sent_start`` of the tokens in ``starts`` in one write of spaCy's array. A Doc
    already parsed takes them one by one, so spaCy refuses it as it always did."""
    if not starts:
        return
    if doc.has_annotation("DEP"):
        for i, value in starts.items():
            doc[i].is_sent_start = value
        return
    values = numpy.asarray(doc.to_array(SENT_START), dtype=numpy.uint64)  # no copy: its own type
    signed = values.view(numpy.int64)  # spaCy's keys are unsigned; -1 reads as 2**64 - 1
    for i, value in starts.items():
        signed[i] = _START if value else _NOT_START
    doc.from_array([SENT_START], values)  # type: ignore[arg-type]  # a 1-d array: spaCy reshapes it
