"""Attributions outside a figure's path: an "according to" or a poll elsewhere in the
sentence, an "According to X," opening an earlier sentence of the paragraph, a verbless
fragment split off the sentence before, and a colon-ending sentence that announces the
paragraph ("Soerens argued that:")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.doctext import span_text
from factcheck.extract.lexicon import (
    ACCORDING_TO,
    FRAMING_PREPS,
    SURVEY_HEADS,
)
from factcheck.extract.nominal import (
    survey_object,
)
from factcheck.extract.quotes import announces, introducing_verb, quote_at
from factcheck.extract.reporting_verbs import according_to_object, is_reporting_verb
from factcheck.extract.verb_subject import subject_of

# How many earlier sentences of a paragraph an opening "According to X," may cover.
_CONTINUITY_SENTS = 4


def paragraph_announcer(doc: Doc, paragraph_start: int, number: Token) -> Token | None:
    """Who the colon-ending sentence before the figure's paragraph names as speaking:
    "Soerens argued that:", "According to Paul Reed, writing for the Herald:", "as the city
    website explains:", "As Ann Weber observed, the winner was the crowd:"."""
    intro = introducing_verb(doc, paragraph_start)
    if intro is not None and announces(intro.sent):
        subject = subject_of(intro, number)
        if subject is not None:
            return subject
    previous = doc[paragraph_start - 1] if paragraph_start > 0 else None
    while previous is not None and previous.is_space and previous.i > 0:
        previous = doc[previous.i - 1]
    if previous is None or not announces(previous.sent):
        return None
    sent = previous.sent
    if quote_at(doc, previous.idx) is not None:
        return None  # a colon inside a quotation announces the speaker's own words
    according = sentence_according_to(sent)
    if according is not None:
        return according
    for verb in sent:  # a reporting clause beside the main one: "as X observed, ...:"
        if verb.pos_ == "VERB" and is_reporting_verb(verb) and verb.dep_ == "advcl":
            subject = subject_of(verb, number)
            if subject is not None:
                return subject
    return None


def paragraph_start(doc: Doc, number: Token) -> int:
    """The first sentence start of the figure's paragraph."""
    sent = number.sent
    while sent.start > 0 and "\n" not in doc[sent.start - 1].text_with_ws:
        previous = doc[sent.start - 1].sent
        if "\n" in previous.text.strip() or previous.start == sent.start:
            break
        sent = previous
    return sent.start


def sentence_according_to(sent: Span) -> Token | None:
    """ "Other cleavages, according to the poll, include ... (29 points ...)": an "according
    to" anywhere in the sentence, an opening "In a poll, ...", or a poll reporting in it,
    covers the figures the parse hangs elsewhere."""
    for token in sent:
        obj = according_to_object(token)
        if obj is not None:
            return obj
    return _opening_attribution(sent) or _sentence_poll(sent)


def fragment_source(doc: Doc, sent: Span) -> Token | None:
    """ "A poll shows Lee at 36 percent and Sens. / Ruiz and Ortiz, 11 and 8 percent.": a
    sentence without a verb is the rest of the sentence before it (split at an abbreviation),
    and takes its attribution: an "according to", a poll, or its main verb's subject."""
    if sent.start == 0 or any(t.pos_ in ("VERB", "AUX") for t in sent):
        return None
    if "\n" in doc[sent.start - 1].text_with_ws:
        return None  # a headline or a line of its own
    previous = doc[sent.start - 1].sent
    if "\n" in previous.text.strip():
        return None
    found = sentence_according_to(previous)
    if found is not None:
        return found
    root = previous.root
    if is_reporting_verb(root) and root.pos_ != "NOUN":
        return subject_of(root, sent[0])
    return None


def _sentence_poll(sent: Span) -> Token | None:
    """ "The debate took place as a new poll showed Lee ahead, 32%-25%, while Ruiz was at
    18%": a poll that reports in the sentence covers the figures the parse hangs elsewhere."""
    for token in sent:
        if token.pos_ == "VERB" and is_reporting_verb(token):
            for subject in token.children:
                if subject.dep_ == "nsubj" and subject.lemma_.lower() in SURVEY_HEADS:
                    return subject
    return None


def _opening_attribution(sent: Span) -> Token | None:
    """ "According to X, ..." or "In a new poll, ..." opening the sentence."""
    first = next((t for t in sent if not t.is_space), None)
    if first is None:
        return None
    if first.lower_ == ACCORDING_TO[0]:
        return according_to_object(first)
    if first.lower_ in FRAMING_PREPS:
        return survey_object(first)
    return None


def paragraph_according_to(doc: Doc, number: Token) -> Token | None:
    """ "According to the ministry, 40 died in A. In B, 12 were killed.": an opening
    "according to" covers the rest of its paragraph until another attribution."""
    sent = number.sent
    for _ in range(_CONTINUITY_SENTS):
        if sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws + sent[0].text:
            return None
        sent = doc[sent.start - 1].sent
        if "\n" in span_text(sent).strip():
            return None
        first = next((t for t in sent if not t.is_space), sent[0])
        opener = according_to_object(first) if first.lower_ == ACCORDING_TO[0] else None
        if opener is not None:
            return opener
        if any(is_reporting_verb(t) and t.pos_ != "NOUN" for t in sent):
            return None
    return None
