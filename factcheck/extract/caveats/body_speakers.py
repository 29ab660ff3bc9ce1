"""A person who speaks for a body marked as a party, named through "Its": partisan_source.

Gold README, partisan_source: "the text marks the source as a party". A body the text marks as
a party speaks through its people as well: "The Taliban-run Ministry of Public Health gave far
lower figures. Its spokesman, Abdul Wali Hakimi, told the BBC that 18,240 cases had been
confirmed" (tests/wire2a a_2 gold: every figure of the spokesman partisan), "The Unión
Portuaria de Chile, which represents the strikers, said 93% of its members had voted to stop
work. Its regional spokesman, Héctor Salinas, told Reuters the union was seeking a 12% pay
rise" (tests/wiref f_2 gold: partisan). The source phrase opens with "Its" (or "Their") and a
role of speaking for a body, or the person's name stands right after such a phrase and a comma
(the source text is then the name alone: docs/gold-conventions.md, "A role set off by a comma
before the name"); the body is the subject of the sentence before the phrase's first mention. It is a party when an earlier figure of that body carries partisan_source, or when
the body's phrase itself marks it ("Taliban-run", "state media"; MARKED_PARTY_PATTERNS).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from factcheck.extract.caveats.body_mentions import same_body
from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.doctext import span_text
from factcheck.extract.lexicon import BODY_SPEAKER_ROLES, MARKED_PARTY_PATTERNS
from factcheck.model import Caveat, CaveatMention, Source, SourceKind

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget

_SPEAKER_RE = re.compile(
    r"(?i)^\s*(?:its|their)\s+(?:[\w'’-]+\s+){0,2}?("
    + "|".join(sorted(BODY_SPEAKER_ROLES))
    + r")\b"
)
# "Its spokesman, " right before the name the source text gives
_SPEAKER_BEFORE_NAME_RE = re.compile(
    r"(?i)\b(?:its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:"
    + "|".join(sorted(BODY_SPEAKER_ROLES))
    + r"),\s*$"
)
_MARKED_RES = tuple(re.compile(p, re.I) for p in MARKED_PARTY_PATTERNS)


def add_body_speakers(
    doc: Doc, figures: Sequence[CaveatTarget], found: list[dict[Caveat, CaveatMention]]
) -> None:
    """Give each figure of a body's "Its spokesman, ..." the partisan caveat of the body."""
    for index, figure in enumerate(figures):
        if Caveat.PARTISAN_SOURCE in found[index]:
            continue
        if figure.source.kind is not SourceKind.NAMED_PERSON:
            continue
        at = _speaker_phrase_at(doc, figure.source.text, figure.number.idx)
        if at is None:
            continue
        body = _body_before(doc, at)
        if body is None:
            continue
        mention = _marked(body) or _partisan_figure_of(body, figures[:index], found[:index])
        if mention is not None:
            found[index][Caveat.PARTISAN_SOURCE] = mention


def _speaker_phrase_at(doc: Doc, source_text: str, before: int) -> int | None:
    """Where the first mention of the source (at or before ``before``) starts as a body's
    speaker: the source text itself ("Its spokesman, Ade Kolo"), or the "Its spokesman, " just
    before the name it gives ("Ade Kolo"); None when it is neither."""
    phrase = source_text.strip()
    at = doc.text.find(phrase) if phrase else -1
    if at < 0 or at > before:
        return None
    if _SPEAKER_RE.match(phrase):
        return at
    match = _SPEAKER_BEFORE_NAME_RE.search(doc.text, max(0, at - 60), at)
    return match.start() if match else None


def _body_before(doc: Doc, at: int) -> Span | None:
    """The subject of the sentence before the one that holds character ``at``."""
    token = doc.char_span(at, at + 1, alignment_mode="expand")
    if token is None:
        return None
    sent = token[0].sent
    if sent.start == 0:
        return None
    previous = doc[sent.start - 1].sent
    for word in previous.root.children:
        if word.dep_ in ("nsubj", "nsubjpass") and word.pos_ in ("PROPN", "NOUN"):
            return doc[word.left_edge.i : word.i + 1]
    return None


def _marked(body: Span) -> CaveatMention | None:
    """The body's own phrase marks it a party: "The Taliban-run Ministry of Public Health"."""
    text = span_text(body)
    for pattern in _MARKED_RES:
        match = pattern.search(text)
        if match:
            return CaveatMention(kind=Caveat.PARTISAN_SOURCE, text=match.group(0))
    return None


def _partisan_figure_of(
    body: Span,
    figures: Sequence[CaveatTarget],
    found: Sequence[dict[Caveat, CaveatMention]],
) -> CaveatMention | None:
    """The partisan caveat of an earlier figure whose source is the body."""
    key = source_key(Source(text=span_text(body), kind=SourceKind.NAMED_ORG))
    if not key:
        return None
    for figure, caveats in zip(reversed(figures), reversed(found), strict=True):
        mention = caveats.get(Caveat.PARTISAN_SOURCE)
        if mention is None or figure.source.kind is not SourceKind.NAMED_ORG:
            continue
        if source_key(figure.source) == key and same_body(figure.source.text, span_text(body)):
            return mention
    return None
