"""A headline's trailing source: "Floods kill at least 120, displace over 300,000 -disaster
agency" (the wire's dash before who says it) and "Remains of 900 soldiers handed over, says
Kyiv" (the verb before its speaker, in a headline with no verb of its own for the figure).

Notes:
    Gold README, "Headlines": a headline's figure takes the source the headline names; it is
    `none` only when the headline names none. The parse cannot read either tail: it makes the
    dashed word a compound of the last noun ("-disaster agency" the object of "displace") and
    hangs the figure's phrase on "says" as its subject, so the figure had no source
    (tests/wired, wirek: three records of two writers). A headline here is a line of its own
    that ends without a full stop; the tail is a short run of names and nouns to the line's
    end. Prose ("..., says the ministry.") ends with a stop and is left to the parse.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from factcheck.extract.lexicon import LABEL_SOURCE_HEADS, LABEL_TOPIC_HEADS, ORG_HEADS
from factcheck.extract.sources.source_phrase import classify_source
from factcheck.model import Source

_SAY_FORMS = frozenset({"says", "say", "said"})
_TAIL_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PART"})
_MAX_TAIL = 5
_MAX_LINE = 30
_MAX_LABEL = 3
_BULLETS = frozenset({"-", "•", "*", "–", "—"})
_STOPS = frozenset({".", "!", "?", '"', "”", "’", "'", ":"})
# A live blog's time stamp: "21:30", "9.15".
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
# Words of a section label in capitals before a headline: "RELATED:", "READ MORE:".
_MAX_SECTION = 2


def headline_tail_source(doc: Doc, number: Token) -> Source | None:
    """The source a headline line names after its figures, or None."""
    line = _headline_line(doc, number)
    if line is None:
        return None
    dashed = _dashed_tail(line)
    if dashed is not None and number.i < dashed.start:
        return Source(
            text=doc.text[dashed.start_char + 1 : dashed.end_char], kind=classify_source(dashed)
        )
    said = _said_tail(line)
    if said is not None and number.i < said.start:
        return Source(text=said.text, kind=classify_source(said))
    label = _source_label(line)
    if label is not None and number.i > label.end:
        return Source(text=label.text, kind=classify_source(label))
    return None


def _headline_line(doc: Doc, number: Token) -> list[Token] | None:
    """The words of the line that holds ``number`` when it is a short line of its own that
    ends without a stop. The walks stop once the line is too long to be a headline, so a
    figure in a long paragraph costs no more than one in a headline."""
    count = 0 if number.is_space else 1
    start = number.i
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
        count += not doc[start].is_space
        if count > _MAX_LINE:
            return None
    end = number.i
    while end < len(doc) - 1 and "\n" not in doc[end].text_with_ws:
        end += 1
        count += not doc[end].is_space
        if count > _MAX_LINE:
            return None
    words = [t for t in doc[start : end + 1] if not t.is_space]
    if not words or words[-1].text in _STOPS:
        return None
    return words


def _dashed_tail(words: list[Token]) -> Span | None:
    """ "... displace over 300,000 -disaster agency": a word glued to a dash after a space,
    and the words after it to the line's end."""
    for k in range(max(1, len(words) - _MAX_TAIL), len(words)):
        token = words[k]
        if (
            len(token.text) > 1
            and token.text[0] == "-"
            and token.text[1:].isalpha()
            and words[k - 1].whitespace_
            and all(t.is_alpha for t in words[k + 1 :])
        ):
            return token.doc[token.i : words[-1].i + 1]
    return None


def _said_tail(words: list[Token]) -> Span | None:
    """ "..., says Kyiv": a comma, a form of "say" and a short run of names and nouns."""
    for k in range(max(2, len(words) - _MAX_TAIL - 1), len(words) - 1):
        if words[k].lower_ in _SAY_FORMS and words[k - 1].text == ",":
            tail = words[k + 1 :]
            if all(t.pos_ in _TAIL_POS for t in tail) and any(
                t.pos_ in ("PROPN", "NOUN") for t in tail
            ):
                return words[k].doc[tail[0].i : tail[-1].i + 1]
            return None
    return None


def _source_label(words: list[Token]) -> Span | None:
    """ "Air force: 118 of 143 drones downed", "- Interior ministry: 54 missing": a label of
    one to three words before a colon that opens the line (after a bullet) and names a source,
    a body or an office, its last word lowercase unless it stands alone (a story's name,
    "Harbourline Bank: Customers pull ...", or a topic, "Turnout:", is no source). A live
    blog's time stamp ("21:30 — Interior ministry: 28,000 at rally") or a section label in
    capitals ("RELATED: Police: Man killed ...") may stand before it (``_label_prefix_end``)."""
    start = 1 if words and words[0].text in _BULLETS else 0
    label = _source_label_at(words, start)
    after = _label_prefix_end(words, start)
    if label is None and after > start:
        label = _source_label_at(words, after)
    return label


def _label_prefix_end(words: list[Token], start: int) -> int:
    """Where the words after a live blog's time stamp and its dash ("21:30 —", "12:15 GMT –")
    or after a section label in capitals and its colon ("RELATED:", "READ MORE:") begin; the
    tuning golds give the label after either the source (tests/wirep, wire2r, wire2s, wire2x:
    every time-stamped entry; realgold3's "RELATED: Police: Man killed ..."). ``start`` when
    neither opens the line."""
    k = start
    if k < len(words) and _CLOCK.fullmatch(words[k].text):
        k += 1
        if k < len(words) and words[k].is_alpha and words[k].text.isupper():
            k += 1  # "GMT"
        return k + 1 if k < len(words) and words[k].text in _BULLETS else start
    while k < len(words) and k - start < _MAX_SECTION and words[k].is_alpha:
        if not words[k].text.isupper() or len(words[k].text) < 2:
            return start
        k += 1
    return k + 1 if k > start and k < len(words) and words[k].text == ":" else start


def _source_label_at(words: list[Token], start: int) -> Span | None:
    """The source label that opens ``words`` at ``start``, or None (``_source_label``)."""
    for k in range(start + 1, min(start + _MAX_LABEL, len(words) - 1) + 1):
        if words[k].text != ":":
            continue
        label = words[start:k]
        last = label[-1]
        if not all(t.is_alpha for t in label) or not label[0].text[0].isupper():
            return None
        if len(label) > 1 and not last.text.islower():
            return None
        if last.lower_ not in LABEL_SOURCE_HEADS:
            if last.lower_ not in ORG_HEADS or last.lower_ in LABEL_TOPIC_HEADS:
                return None
        return last.doc[label[0].i : last.i + 1]
    return None
