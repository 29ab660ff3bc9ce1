"""Direct quotations and the reporting verb that names their speaker.

A figure inside a quotation belongs to the speaker of the quotation, even when the sentence
that names the speaker is another one: “The toll is 40,” the mayor said. “We found 12 more
today.” Both figures are the mayor's. A quotation without a reporting clause of its own
continues the speaker of the quotation just before it in the same or the previous paragraph
(news style quotes one speaker over several paragraphs, each opening with a quotation mark),
unless it is set inside a sentence whose own clause names its speaker or makes it the writer's
words (``embedded_quotes.py``: `Gov. Lee blamed the court's "four liberal justices"`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from factcheck.extract.doctext import doc_text
from factcheck.extract.lexicon import (
    QUOTE_ONLY_REPORTING_VERBS,
    READ_VERBS,
    REPORTING_VERBS,
    SPEECH_NOUNS,
    WRITTEN_SUBJECTS,
)
from factcheck.extract.sources.aside_speakers import aside_speaker, misread_state_speaker
from factcheck.extract.sources.embedded_quotes import embedding_clause
from factcheck.extract.sources.paraphrased_speakers import paraphrase_cue

_QUOTE_MARKS = re.compile(r"“|”|\"|''|``")
_PARAGRAPH = re.compile(r"\n\s*\n|\n")
_QUOTES = "factcheck_quotes"
_MARK_TOKENS = frozenset({"”", "“", '"', "''", "``"})
# How far after a quotation its reporting verb may sit, in tokens: `,” Ann Lee, an adviser to
# the party and a former director of the budget office, wrote`.
_CUE_WINDOW = 30


@dataclass(frozen=True)
class Quote:
    """A quotation: its characters (marks excluded) and the verb that reports it, if any, or
    the name that introduces it with a colon; ``reported`` is the span of the quotation that
    verb stands beside (this one's own, or the earlier quotation whose speaker it goes on
    with), so that a word of that quotation is never read as the verb's subject."""

    start: int
    end: int
    cue: Token | None
    reported: tuple[int, int] | None = None

    @property
    def cue_span(self) -> tuple[int, int]:
        """The characters of the quotation the cue reports beside."""
        return self.reported or (self.start, self.end)


def find_quotes(doc: Doc) -> list[Quote]:
    """Return the article's quotations in text order, each with its reporting verb.

    Computed once per Doc. A quotation whose own sentences name no speaker takes the cue of
    the quotation before it when that one is in the same or the previous paragraph.
    """
    cached = doc.user_data.get(_QUOTES)
    if cached is not None:
        return list(cached)
    quotes: list[Quote] = []
    previous: Quote | None = None
    previous_paragraph = -2
    for start, end in _quote_regions(doc_text(doc)):
        paragraph = _paragraph_index(doc_text(doc), start)
        cue = _cue_of(doc, start, end)
        reported: tuple[int, int] | None = None
        going_on: Quote | None = None
        if cue is None and previous is not None and paragraph - previous_paragraph <= 1:
            embedded, cue = embedding_clause(doc, start, end)  # `Lee blamed the court's "...`
            if not embedded:
                cue, reported = previous.cue, previous.cue_span
            elif cue is None:  # the writer's own quoted words: the speaker goes on past them
                going_on = Quote(start=start, end=end, cue=previous.cue, reported=previous.cue_span)
        elif cue is None:  # `Lee said the budget was balanced. "We cut 200 jobs."`
            cue = paraphrase_cue(doc, start, end)
        quote = Quote(start=start, end=end, cue=cue, reported=reported)
        quotes.append(quote)
        previous, previous_paragraph = going_on or quote, paragraph
    doc.user_data[_QUOTES] = tuple(quotes)
    return quotes


def quote_at(doc: Doc, char: int) -> Quote | None:
    """The quotation that holds the character offset ``char``, if one does."""
    for quote in find_quotes(doc):
        if quote.start <= char < quote.end:
            return quote
    return None


def _quote_regions(text: str) -> list[tuple[int, int]]:
    """Spans between matching quotation marks; a quotation left open at a paragraph's end
    closes there (the next paragraph reopens it with a mark of its own)."""
    regions: list[tuple[int, int]] = []
    for para_start, para_end in paragraphs(text):
        opened: int | None = None
        for mark in _QUOTE_MARKS.finditer(text, para_start, para_end):
            symbol = mark.group()
            if opened is None and symbol == "”" and not text[para_start : mark.start()].strip():
                opened = mark.end()  # a paragraph opening with a closing mark opens a quote
            elif opened is None and symbol != "”":
                opened = mark.end()
            elif opened is not None and symbol != "“":
                regions.append((opened, mark.start()))
                opened = None
        if opened is not None and para_end - opened > 1:
            regions.append((opened, para_end))
    return regions


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Start and end characters of each line-separated paragraph of ``text``."""
    bounds, start = [], 0
    for match in _PARAGRAPH.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


def _paragraph_index(text: str, char: int) -> int:
    return len(_PARAGRAPH.findall(text, 0, char))


def _cue_of(doc: Doc, start: int, end: int) -> Token | None:
    """The reporting verb next to the quotation, outside it and in its sentences:
    ``“...,” the mayor said`` / ``said the mayor`` after it, ``The mayor said: “...”`` before."""
    inside = doc.char_span(start, end, alignment_mode="expand")
    if inside is None or not len(inside):
        return None
    last, first = inside[-1], inside[0]
    after_end = min(last.sent.end, last.i + 1 + _CUE_WINDOW)
    for token in doc[inside.end : after_end]:
        if token.idx >= end and (_reports(token, start, end) or _asks(token)):
            return token  # also `"...," Ortiz countered.` (src46)
        if token.idx >= end:  # `"...," Al Lee, who was shot in the arm, said`: the parse's loss
            speaker = aside_speaker(token, end) or misread_state_speaker(token, end)
            if speaker is not None:
                return speaker
        if token.text in ("“", '"', "''") and token.idx > end:
            break
    trailing = _cue_in_next_sentence(doc, inside, start, end)
    if trailing is not None:
        return trailing
    before = [t for t in doc[first.sent.start : inside.start] if t.idx + len(t) <= start]
    for token in reversed(before):
        if _reports(token, start, end):
            return token
    return (
        _name_before_colon(before)
        or _clause_before_colon(before, start, end)
        or introducing_verb(doc, first.sent.start)
    )


def _cue_in_next_sentence(doc: Doc, inside: Span, start: int, end: int) -> Token | None:
    """``“... the files that vanished.” Lee said.`` / ``“Is it five? Six?” Ortiz asks.``: a
    quotation that closes its own sentence is reported by the sentence that opens right after
    its closing mark, when that sentence only reports (its verb has no clause of its own)."""
    after = [t for t in doc[inside.end : min(inside.end + 3, len(doc))] if not t.is_space]
    opener = next((t for t in after if t.idx > end and t.text not in _MARK_TOKENS), None)
    if opener is None or not opener.is_sent_start or opener.sent == inside[-1].sent:
        return None
    if "\n" in doc_text(doc)[end : opener.idx]:
        return None  # the next paragraph is not the quotation's reporting clause
    for token in opener.sent:
        if _reports(token, start, end) or _asks(token):
            if not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in token.children):
                return token
    return None


def _asks(token: Token) -> bool:
    """A verb that reports only a quotation, with a subject of its own; or "read" with a
    written thing as its subject (`“...,” the statement read`: the statement speaks)."""
    if token.pos_ != "VERB":
        return False
    if token.lemma_.lower() in READ_VERBS:
        return any(
            c.dep_ == "nsubj" and c.lemma_.lower() in WRITTEN_SUBJECTS for c in token.children
        )
    if token.lemma_.lower() not in QUOTE_ONLY_REPORTING_VERBS:
        return False
    return any(c.dep_ == "nsubj" for c in token.children)


def _clause_before_colon(before: list[Token], start: int, end: int) -> Token | None:
    """``Lee has since apologized for it: “I should have used two ...``: a clause that ends in
    a colon right before the quotation introduces it, whatever its verb; its subject speaks."""
    words = [t for t in before if not t.is_space and t.text not in ('"', "“", "``", "''")]
    if not words or words[-1].text != ":":
        return None
    clause = [t for t in words if t.sent == words[-1].sent]
    for verb in clause:  # the main clause's verb: the parse may hang it on the quotation
        if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "ccomp", "conj"):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and not start <= c.idx < end]
        if subjects and subjects[0].pos_ in ("PROPN", "NOUN"):
            return verb
    return None


def _name_before_colon(before: list[Token]) -> Token | None:
    """``More from Jane Ruiz: “...`` or ``Jane Ruiz and Al Lee: “...``: a name and a colon
    right before the quotation name its speaker (the head of the name)."""
    words = [t for t in before if not t.is_space and t.text not in ('"', "“", "``", "''")]
    if len(words) < 2 or words[-1].text != ":" or words[-2].pos_ != "PROPN":
        return None
    name = words[-2]
    while name.dep_ in ("conj", "compound", "flat") and name.head.pos_ == "PROPN":
        name = name.head
    return name


def introducing_verb(doc: Doc, sent_start: int) -> Token | None:
    """The reporting verb of the sentence just before ``sent_start`` when that sentence
    introduces what follows and reports nothing itself: ``X said in a statement.`` or
    ``X argued that:`` before a quotation or a paragraph."""
    previous = doc[sent_start - 1] if sent_start > 0 else None
    while previous is not None and previous.is_space and previous.i > 0:
        previous = doc[previous.i - 1]
    if previous is None or previous.is_space:
        return None
    sent = previous.sent
    colon = announces(sent)
    if "\n\n" in doc_text(doc)[previous.idx : doc[sent_start].idx].replace(" ", "") and not colon:
        return None  # a paragraph apart, and not one that announces the next
    root = sent.root
    if not _reports(root, -1, -1):
        return None
    content = [c for c in root.children if c.dep_ in ("ccomp", "dobj", "xcomp")]
    if not colon and any(not _names_speech(c) for c in content):
        return None  # "X said the toll rose." reports its own content
    return root


def announces(sent: Span) -> bool:
    """The sentence ends in a colon: "Ortiz argued that:", "The transcript follows:"."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text == ":"


def _names_speech(token: Token) -> bool:
    """An object that names a quotation: "a statement", "a warning"."""
    return token.dep_ == "dobj" and token.lemma_.lower() in SPEECH_NOUNS


def _reports(token: Token, start: int, end: int) -> bool:
    """A reporting verb, or a verb whose object names a speech ("issued a statement"), whose
    subject is outside the quotation."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if token.lemma_.lower() not in REPORTING_VERBS:
        if not any(_names_speech(c) and not start <= c.idx < end for c in token.children):
            return False
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(not start <= s.idx < end for s in subjects)
