"""Sentence-level caveat cues: "could not be verified", "disputed the figure", "preliminary
results", found per sentence and filtered to those that qualify a figure."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from factcheck.extract.caveats.disputed_things import counts_things_acted_on
from factcheck.extract.caveats.miscounts import names_miscounter
from factcheck.extract.caveats.sentence_gate import SentenceGate
from factcheck.extract.dependents import prep_objects
from factcheck.extract.doctext import doc_text
from factcheck.extract.lexicon import (
    ANAPHORA,
    CONFLICTING_ACCOUNTS_PATTERN,
    CONFLICTING_REPORT_NOUNS,
    CONTESTED_SIZE_PATTERNS,
    CORRECTION_PATTERNS,
    COUNT_OPEN_PATTERNS,
    DECLINED_CONFIRM_PATTERNS,
    DENIAL_OBJECTS,
    DISPUTE_NOUN_PREPOSITIONS,
    DISPUTE_PATTERNS,
    DISPUTE_TOPIC_PREPOSITIONS,
    DISPUTED_WORK_NOUNS,
    FIGURE_NOUNS,
    NOT_VERIFIED_PATTERNS,
    NUMERIC_FIGURE_NOUNS,
    PARTIAL_RETURNS_PATTERNS,
    PRELIMINARY_PATTERNS,
    REPORTING_VERBS,
    UNOFFICIAL_COUNT_PATTERNS,
    VERB_ONLY_DISPUTE_LEMMAS,
)
from factcheck.extract.year_numbers import is_year_number
from factcheck.model import Caveat

_SENTENCE_CUES: tuple[tuple[Caveat, tuple[re.Pattern[str], ...]], ...] = (
    (
        Caveat.NOT_INDEPENDENTLY_VERIFIED,
        tuple(re.compile(p, re.I) for p in (*NOT_VERIFIED_PATTERNS, *DECLINED_CONFIRM_PATTERNS)),
    ),
    (
        Caveat.DISPUTED,
        tuple(
            re.compile(p, re.I)
            for p in (
                *DISPUTE_PATTERNS,
                *CONTESTED_SIZE_PATTERNS,
                CONFLICTING_ACCOUNTS_PATTERN,
                *CORRECTION_PATTERNS,
            )
        ),
    ),
    (
        Caveat.PRELIMINARY,
        tuple(
            re.compile(p, re.I)
            for p in (
                *PRELIMINARY_PATTERNS,
                *UNOFFICIAL_COUNT_PATTERNS,
                *PARTIAL_RETURNS_PATTERNS,
                *COUNT_OPEN_PATTERNS,
            )
        ),
    ),
)


CONFLICTING_RE = re.compile(CONFLICTING_ACCOUNTS_PATTERN, re.I)


_DISPUTABLE = FIGURE_NOUNS | DENIAL_OBJECTS | DISPUTED_WORK_NOUNS


_SIZE_WORD_RE = re.compile(CONTESTED_SIZE_PATTERNS[0], re.I)

# One pass over the article finds the sentences any cue pattern may match (sentence_gate.py)
CUE_GATE = SentenceGate(pattern for _, patterns in _SENTENCE_CUES for pattern in patterns)


@dataclass(frozen=True)
class Cue:
    kind: Caveat
    text: str
    token: Token


def sentence_cues(doc: Doc) -> list[Cue]:
    cues = []
    whole = doc_text(doc)
    may_hold = CUE_GATE.sentences_in(whole)
    for sent in doc.sents:
        if not may_hold(sent.start_char, sent.end_char):
            continue
        text = whole[sent.start_char : sent.end_char]
        for kind, patterns in _SENTENCE_CUES:
            for pattern in patterns:
                for match in pattern.finditer(text):
                    span = doc.char_span(
                        sent.start_char + match.start(),
                        sent.start_char + match.end(),
                        alignment_mode="expand",
                    )
                    if span is None:
                        continue
                    token = _cue_token(span)
                    conflicting = CONFLICTING_RE.match(match.group(0))
                    if kind is Caveat.DISPUTED and (
                        (not conflicting and _names_no_dispute(token))
                        or _negated(token)
                        or _names_a_quarrel(token)
                        or (_disputes_no_figure(token) and not names_miscounter(token))
                        or counts_things_acted_on(token)  # "2,000 ballots were rejected"
                        or (conflicting and not _reported(token))
                        or (_SIZE_WORD_RE.fullmatch(match.group(0)) and not _sized_figure(token))
                    ):
                        continue
                    cues.append(Cue(kind=kind, text=match.group(0), token=token))
    return cues


def corrected(number: Token) -> bool:
    """ "One person died in the shooting, not two": the figure a correction sets aside is
    disputed (realgold14 README: a correction's "not two")."""
    before = number.doc[max(number.sent.start, number.i - 2) : number.i]
    return [t.lower_ for t in before] in ([",", "not"], ["and", "not"]) and any(
        c.dep_ == "neg" for c in number.children
    )


def _disputes_no_figure(token: Token) -> bool:
    """ "He dismissed ideological labels", "rejected his bid to withdraw the plea": the verb's
    object names no figure, claim or charge and holds no number, so the dispute is about
    something else; "rejected the figure", "denied the allegations", "disputed the study",
    "rejected suggestions that 300 died" still dispute."""
    if token.pos_ != "VERB":
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if not objects:
        return _asks_about_no_figure(token)
    return not any(
        o.lemma_.lower() in _DISPUTABLE
        or o.lower_ in ANAPHORA
        or any(t.lemma_.lower() in _DISPUTABLE for t in o.subtree)
        or any(_that_clause_with_number(c) for c in o.children)
        for o in objects
    )


def _asks_about_no_figure(token: Token) -> bool:
    """ "chiding him when questioned about the cause of the attacks, which left four dead": with
    no object, the verb's topic ("about", "over") is what a person was asked or confronted
    about; it disputes a figure only when the topic names one ("challenged over his claim that
    3,000 jobs were lost", "questioned about the count"). A time ("over the weekend") is no
    topic."""
    topics = [
        o
        for preposition in sorted(DISPUTE_TOPIC_PREPOSITIONS)
        for o in prep_objects(token, preposition)
        if o.ent_type_ not in ("DATE", "TIME")
    ]
    return bool(topics) and not any(
        o.lemma_.lower() in _DISPUTABLE or any(_that_clause_with_number(c) for c in o.children)
        for o in topics
    )


def _that_clause_with_number(clause: Token) -> bool:
    """ "suggestions that 90 officers had quit": a content clause holding a figure (not "his
    bid to pay back $40,000")."""
    return (
        clause.dep_ in ("acl", "ccomp")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
        and any(t.like_num for t in clause.subtree)
    )


def _sized_figure(token: Token) -> bool:
    """ "called that estimate overstated", "the toll was understated", "an overstated count":
    what is called too high or too low is a figure; not "the risk was overstated"."""
    arguments = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if token.dep_ == "amod":
        arguments.append(token.head)
    elif not arguments and token.dep_ in ("oprd", "acomp", "xcomp", "conj"):
        arguments += [c for c in token.head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    # "told investors that concerns were overblown": a complementizer the parse took for a
    # subject is no pronoun for a figure
    return any(
        a.lemma_.lower() in FIGURE_NOUNS or (a.lower_ in ANAPHORA and a.lower_ != "that")
        for a in arguments
    )


def _names_no_dispute(token: Token) -> bool:
    """ "the last five presidential contests", "a contested convention": a dispute word that
    disputes only as a verb of its own clause. A dispute adjective disputes only the noun it
    qualifies, so only a figure ("the disputed toll", "the contested 300 votes"), not "the
    "contested convention" scenario" or "disputed territory"."""
    if (
        token.lemma_.lower() in VERB_ONLY_DISPUTE_LEMMAS
        and token.pos_ != "VERB"
        and not _relative_dispute_verb(token)
    ):
        return True
    if token.dep_ == "amod":
        noun = token.head
        return noun.lemma_.lower() not in _DISPUTABLE and not any(
            c.dep_ == "nummod"
            and token.i < c.i < noun.i
            and not is_year_number(c.text, first=1800, last=2100)
            for c in noun.children
        )
    return False


def _relative_dispute_verb(token: Token) -> bool:
    """ ", a figure the ministry disputes", ", a number Baku rejects as invented": the parse
    reads the present-tense verb of a relative clause on a figure as a plural noun; with a
    subject between the figure and the word, the word disputes that figure (as "a figure the
    ministry disputed" does; gold README, disputed)."""
    head = token.head
    return (
        token.tag_ == "NNS"
        and token.dep_ in ("relcl", "appos")
        and head.i < token.i
        and head.lemma_.lower() in _DISPUTABLE
        and any(
            t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ != "punct"
            for t in token.doc[head.i + 1 : token.i]
        )
        and not any(c.dep_ == "neg" or c.lower_ in ("not", "never") for c in token.children)
    )


def _negated(token: Token) -> bool:
    """ "was not challenged by the moderators", "did not dispute the figure", "never denied
    it": a dispute verb negated says no one disputed."""
    return token.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in token.children)


def _names_a_quarrel(token: Token) -> bool:
    """ "an ongoing dispute between two groups", "a domestic dispute": the noun names a quarrel,
    not a contested figure; "a dispute over the figures" and "the toll is in dispute" dispute."""
    if token.lemma_.lower() != "dispute" or token.pos_ != "NOUN" or _relative_dispute_verb(token):
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "in":
        return False  # "the toll is in dispute"
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in DISPUTE_NOUN_PREPOSITIONS:
            if any(o.lemma_.lower() in FIGURE_NOUNS for o in prep.children if o.dep_ == "pobj"):
                return False
    return True


def _reported(noun: Token) -> bool:
    """ "conflicting reports of the toll", or "different numbers" that someone reports
    ("outlets were reporting different numbers"); not "states award different numbers of
    delegates", nor "differing accounts of the scale of the disaster" (no figure named)."""
    if noun.lemma_.lower() in CONFLICTING_REPORT_NOUNS:
        return any(
            o.lemma_.lower() in NUMERIC_FIGURE_NOUNS
            for p in noun.children
            if p.dep_ == "prep"
            for o in p.children
            if o.dep_ == "pobj"
        )
    return noun.head.lemma_.lower() in REPORTING_VERBS and noun.dep_ in ("dobj", "nsubj")


def _cue_token(span: Span) -> Token:
    """The word of a cue phrase that carries it: "verified" in "cannot be verified", "subject"
    in "subject to revision"."""
    if span[0].lower_ == "subject":
        return span[0]
    for token in reversed(span):
        if token.pos_ in ("VERB", "ADJ", "NOUN") and not token.is_stop:
            return token
    return span.root
