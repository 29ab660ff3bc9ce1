"""Speakers a paragraph announces (issue 11; split from ``speakers.py`` in session 60).

- Announced documents: a paragraph ending in "Partial transcript as follows:" or "The statement
  reads:" makes the document the source of the rest of the article; a transcript that no one
  owns records the words of the speaker the paragraph before reports ("Gov. John Kasich said,
  ..." then "Transcript as follows:" is Kasich's; gold README: a quoted figure's source is its
  speaker). A label inside still names its own speaker (``speakers.py``: the innermost region).
- Named speech records: "Quotes from Sheriff Walton:" (or "Remarks by Mayor Lee:") ending a
  paragraph names the speaker of the quoted paragraphs after it, each opening with a quotation
  mark, as a speaker label does.

Each function gives ``(start, end, source)`` regions of the article's characters.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from factcheck.extract.doctext import doc_text
from factcheck.extract.lexicon import (
    ANNOUNCED_DOCUMENT_HEADS,
    PARAGRAPH_QUOTE_OPENERS,
    REPORTING_VERBS,
    SPEECH_DOCUMENT_HEADS,
    SPEECH_RECORD_HEADS,
    SPEECH_RECORD_LEADS,
)
from factcheck.extract.sources.kind_cues import is_owned
from factcheck.extract.sources.source_phrase import classify_source, source_phrase
from factcheck.model import Source, SourceKind

# "Quotes from Sheriff Walton:", "More remarks by Mayor Lee:" (its words checked as data).
_SPEECH_RECORD_RE = re.compile(
    r"\s*(?P<head>(?:[A-Za-z]+\s+){0,2}?[A-Za-z]+)\s+(?:from|by)\s+(?P<who>[^:\n]{2,80}?):\s*"
)


def announced_regions(doc: Doc, paras: list[tuple[int, int]]) -> list[tuple[int, int, Source]]:
    """ "Partial transcript as follows:" ending a paragraph: the document speaks the rest; a
    transcript of no one named there is the words of the speaker the paragraph before reports
    ("Gov. John Kasich said, ..." then "Transcript as follows:" is Kasich's)."""
    regions: list[tuple[int, int, Source]] = []
    for index, (start, end) in enumerate(paras):
        if not doc_text(doc)[start:end].rstrip().endswith(":"):
            continue
        last = doc.char_span(start, end, alignment_mode="expand")
        if last is None or not len(last):
            continue
        document = _announced_document(last[-1].sent)
        if document is None:
            continue
        owned = is_owned(document.root)
        source = None if owned else _recorded_speaker(doc, paras[:index], document.root)
        if source is None:
            phrase = source_phrase(document.root)
            # a document speaks for its owner ("Lee's statement"), else for no one named
            kind = SourceKind.NAMED_ORG if owned else SourceKind.ANONYMOUS
            source = Source(text=phrase.text, kind=kind)
        regions.append((end, len(doc_text(doc)), source))
    return regions


def _recorded_speaker(doc: Doc, before: list[tuple[int, int]], head: Token) -> Source | None:
    """The person whose words a transcript records: the named subject of the last reporting
    verb in the paragraph before its announcement ("Gov. John Kasich (R-OH), said, ...")."""
    if head.lemma_.lower() not in SPEECH_DOCUMENT_HEADS or not before:
        return None
    span = doc.char_span(*before[-1], alignment_mode="expand")
    if span is None:
        return None
    for token in reversed(span):
        if token.pos_ != "VERB" or token.lemma_.lower() not in REPORTING_VERBS:
            continue
        for subject in token.children:
            if subject.dep_ == "nsubj" and subject.ent_type_ == "PERSON":
                phrase = source_phrase(subject)
                return Source(text=phrase.text, kind=classify_source(phrase))
    return None


def speech_record_regions(doc: Doc, paras: list[tuple[int, int]]) -> list[tuple[int, int, Source]]:
    """ "Quotes from Sheriff Walton:": the named speaker's, the quoted paragraphs after it."""
    text = doc_text(doc)
    regions: list[tuple[int, int, Source]] = []
    for i, (start, end) in enumerate(paras):
        match = _SPEECH_RECORD_RE.fullmatch(text, start, end)
        if match is None or not _names_a_speech_record(match.group("head")):
            continue
        who = doc.char_span(match.start("who"), match.end("who"), alignment_mode="expand")
        if who is None or not any(t.pos_ == "PROPN" or t.ent_type_ for t in who):
            continue  # "Quotes from the hearing:" names no one
        last = end
        for following_start, following_end in paras[i + 1 :]:
            if not text[following_start:following_end].lstrip().startswith(PARAGRAPH_QUOTE_OPENERS):
                break
            last = following_end
        if last == end:
            continue
        source = Source(text=who.text, kind=classify_source(who))
        regions.append((end, last, source))
    return regions


def _names_a_speech_record(head: str) -> bool:
    words = head.lower().split()
    return words[-1] in SPEECH_RECORD_HEADS and all(w in SPEECH_RECORD_LEADS for w in words[:-1])


def _announced_document(sent: Span) -> Span | None:
    """The document noun a colon-ending sentence announces, when no one reports in it."""
    if any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in REPORTING_VERBS for t in sent):
        return None  # "Ortiz argued that:" is the speaker's (attribution.find_source)
    for token in sent:
        if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in ANNOUNCED_DOCUMENT_HEADS:
            if token.dep_ in ("ROOT", "nsubj", "attr", "appos"):
                return sent.doc[token.i : token.i + 1]
    return None
