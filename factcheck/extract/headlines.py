"""Headlines: where the headline ends, its trailing ": Source", and caveats it shares. Pure.

Notes:
    Gold README, "Headlines": a figure in the headline is a claim of its own, with the caveats
    of the same figure in the body; if the headline names no source, its source is ``none``.
    Issue 11: telegraphic headlines name their source after a colon ("Quake toll hits 2,000:
    officials").
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.doctext import doc_text
from factcheck.extract.sources.comma_tails import comma_tail_source
from factcheck.extract.sources.source_phrase import classify_source
from factcheck.model import Caveat, CaveatMention, Source, SourceKind

# A trailing source is a short noun phrase: "officials", "Red Cross", "police say".
_MAX_SOURCE_TOKENS = 5
_SOURCE_VERBS = frozenset({"say", "says", "said", "report", "reports"})
# caveats about who gives a figure: a headline figure with no source has none of them
_SOURCE_CAVEATS = frozenset({Caveat.ANONYMOUS_SOURCE, Caveat.PARTISAN_SOURCE})
# ... and a headline figure with a source of its own is as unnamed as that source, whatever the
# body's source was; a party's own count stays partisan ("Clinton's claim ... her camp's").
_UNNAMED_CAVEATS = frozenset({Caveat.ANONYMOUS_SOURCE})
# A page that prints its headline twice: the copy is among the first lines after it, behind a
# close button's "×" at most.
_COPY_LINES = 3
_COPY_MARKS = "×✕ \t"


def find_headline_end(text: str) -> int:
    """The headline is the text before the first blank line (or the first line)."""
    for marker in ("\n\n", "\n"):
        index = text.find(marker)
        if index != -1:
            return index
    return 0


def find_headline_copy(text: str, headline_end: int) -> tuple[int, int] | None:
    """The characters of a line that repeats the headline ("× 9 People Shot ...: Sheriff's
    Department" under the headline itself), or None.

    Notes:
        Gold README, "Headlines" and "Repeats": the copy is a claim at its own place and, naming
        what the headline names, takes the headline's trailing source (realgold gold for
        3b206eaf: "Sheriff's Department" at both places).
    """
    headline = text[:headline_end].strip()
    if not headline:
        return None
    start = headline_end
    for _ in range(_COPY_LINES):
        end = text.find("\n", start + 1)
        end = len(text) if end == -1 else end
        line = text[start:end]
        if line.strip().lstrip(_COPY_MARKS) == headline:
            offset = line.index(headline)
            return start + offset, start + offset + len(headline)
        if line.strip():
            return None  # the body has begun
        start = end
    return None


def find_headline_source(doc: Doc, headline_end: int) -> Source | None:
    """Return the source a headline names after its last colon, or None.

    "Quake toll hits 2,000: officials" -> officials (anonymous); "Fire kills 12: police say"
    -> police; "Man kills 4 over taxes, police" -> police (comma_tails.py); "Report: toll
    tops 40" names it first, which this does not read.
    """
    named = comma_tail_source(doc_text(doc)[:headline_end])
    if named is not None:
        return named  # "Man kills 4 over taxes, police - WBTW-TV: News"
    colon = doc_text(doc).rfind(":", 0, headline_end)
    if colon <= 0 or doc_text(doc)[colon - 1 : colon + 2 : 2].isdigit():
        return None  # "8:30" is a clock time; "hits 2,000: officials" is not
    tail = doc.char_span(colon + 1, headline_end, alignment_mode="contract")
    if tail is None:
        return None
    words = [t for t in tail if not t.is_space and not t.is_punct]
    while words and words[-1].lower_ in _SOURCE_VERBS:
        words = words[:-1]
    if not words or len(words) > _MAX_SOURCE_TOKENS or any(t.like_num for t in words):
        return None
    if words[-1].pos_ not in ("NOUN", "PROPN"):
        return None  # "Toll rises: what we know" is no source
    phrase = doc[words[0].i : words[-1].i + 1]
    kind = classify_source(phrase)
    return None if kind is SourceKind.NONE else Source(text=phrase.text, kind=kind)


def share_headline_caveats(
    in_headline: list[bool],
    figures: list[tuple[float, float | None, str]],
    caveats: list[tuple[CaveatMention, ...]],
    *,
    unattributed: list[bool] | None = None,
) -> list[tuple[CaveatMention, ...]]:
    """Give a headline figure the caveats of the same figure in the body; a headline figure
    with no source of its own (``unattributed``) takes none of the caveats about a source, and
    one with its own source ("Lee: Only Two Errors") is not unnamed because the body's source
    is ("multiple reports say"): anonymous_source follows its own source
    (docs/gold-conventions.md, "Caveats of a headline figure": "its source-level caveats follow
    that source").

    Notes:
        Gold README, "Headlines": a figure in the headline is a claim of its own, with the
        caveats of the same figure in the body (its source stays the headline's own); "a claim
        with source.kind == none is unattributed; that needs no caveat entry" (realgold8 and
        realgold14 golds: "Gunman kills six", "More Than 100" without the body's
        anonymous_source).
    """
    shared = list(caveats)
    for index, headline in enumerate(in_headline):
        if not headline:
            continue
        skip: frozenset[Caveat] = frozenset()
        if unattributed is not None:
            skip = _SOURCE_CAVEATS if unattributed[index] else _UNNAMED_CAVEATS
        body = next(
            (
                j
                for j, figure in enumerate(figures)
                if not in_headline[j] and figure == figures[index]
            ),
            None,
        )
        if body is None:
            continue
        kinds = {c.kind for c in shared[index]}
        extra = tuple(c for c in caveats[body] if c.kind not in kinds | skip)
        order = list(Caveat)
        shared[index] = tuple(sorted((*shared[index], *extra), key=lambda c: order.index(c.kind)))
    return shared
