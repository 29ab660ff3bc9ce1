"""Subjects of percentages in poll and election sentences: poll support, a vote, a margin."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.lexicon import (
    AVERAGE_HEADS,
    ELECTION_RESULT_WORDS,
    LEAD_MARGIN_VERBS,
    MARGIN_LIST_WORDS,
    MARGIN_VERBS,
    OPINION_VERBS,
    PERCENT_WORDS,
    POLL_NOUNS,
)
from factcheck.extract.mentions import Mention
from factcheck.extract.noun_phrases import NOUNS, noun_phrase


def unwritten(subject: str) -> str:
    """A subject without the verb as written that ``as_written`` adds: "lead leading" -> "lead"."""
    words = subject.lower().split()
    if len(words) == 2 and words[1][:3] == words[0][:3]:
        return words[0]
    return subject.lower()


def poll_cue(sent: Span, cues: frozenset[str]) -> bool:
    """True if a poll word is in ``sent`` or the two sentences before it."""
    return any(t.lower_ in cues for t in with_sentences_before(sent, 2))


def no_noun(figure: Span, subject: str) -> bool:
    """True if ``subject`` names nothing measured: empty, the verb of the figure ("getting 14
    percent" -> "get") or a candidate's name ("Clinton beat Sanders 58 percent to 40 percent")."""
    if not subject or subject.split()[0] in {t.head.lemma_.lower() for t in figure}:
        return True
    last = subject.split()[-1]
    return any(
        t.text == last and t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in figure.sent
    )


def percent_before(figure: Span) -> bool:
    doc = figure.doc
    before = doc[figure.sent.start : figure.start]
    return any(t.lower_ in PERCENT_WORDS or t.text.endswith("%") for t in before)


def election_result(sent: Span) -> bool:
    """True for a sentence of election results with no poll in it ("who won, 27.6 percent to
    24.3 percent, with all precincts reporting"; not "won 40 percent in the poll")."""
    words = {t.lower_ for t in sent}
    return not words.isdisjoint(ELECTION_RESULT_WORDS) and words.isdisjoint(POLL_NOUNS)


def after_margin_of_error(figure: Span) -> bool:
    """ "those samples carry margins of error plus or minus 4.3 percent": the words shortly
    before the figure name it."""
    start = figure.start
    # "margins of error plus or minus 3.1 percent and 5.2 percent": past the margins listed
    while start > figure.sent.start and figure.start - start < 12:
        before_token = figure.doc[start - 1]
        if not (before_token.like_num or before_token.lower_ in MARGIN_LIST_WORDS):
            break
        start -= 1
    before = [t.lower_ for t in figure.doc[max(figure.sent.start, start - 8) : figure.start]]
    return any(
        before[i] in ("margin", "margins") and before[i + 1 : i + 3] == ["of", "error"]
        for i in range(len(before) - 2)
    )


def answers(figure: Span) -> bool:
    """True for a share that is the subject of a stance verb: "a quarter, 26 percent, say",
    "40 percent support the plan" (those counted are the poll's respondents)."""
    token = figure[-1]
    while token.dep_ in ("appos", "nummod", "quantmod") and token.head != token:
        token = token.head
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in OPINION_VERBS


def with_sentences_before(sent: Span, count: int) -> list[Token]:
    """The tokens of ``sent`` and of up to ``count`` sentences before it."""
    doc = sent.doc
    start = sent.start
    for _ in range(count):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return list(doc[start : sent.end])


def among(sent: Span) -> str:
    """ "Among likely voters, about two-thirds ...": the group the figure is a part of."""
    for token in sent:
        if token.lower_ == "among" and token.i == sent.start:
            objects = [c for c in token.children if c.dep_ == "pobj" and c.pos_ in NOUNS]
            if objects:
                return noun_phrase(objects[0], after=token.i)
    return ""


def names_a_person(doc: Doc, mention: Mention, subject: str) -> bool:
    """True if ``subject`` names a person of the article ("Sanders" after "Bernie Sanders")."""
    people = doc.user_data.get(PEOPLE)
    if people is None:
        people = doc.user_data[PEOPLE] = frozenset(e.text for e in doc.ents if e.label_ == "PERSON")
    return any(subject.endswith(name) or name.endswith(subject) for name in people)


PEOPLE = "factcheck.person_names"


def margin_of(points: Token) -> str:
    """ "won Ohio by 20 percentage points", "was decided by one point", "won Ohio by 4
    percent": a winning margin; "leading by 2.2 percent", "leading the polls by an average of
    six percentage points": a lead."""
    by = points.head
    if by.lower_ == "of" and by.head.lower_ in AVERAGE_HEADS:
        points, by = by.head, by.head.head  # "by an average of six percentage points"
    if points.dep_ != "pobj" or by.lower_ != "by" or by.head.lemma_.lower() not in MARGIN_VERBS:
        return ""
    return "lead margin" if by.head.lemma_.lower() in LEAD_MARGIN_VERBS else "margin"


def is_points(token: Token) -> bool:
    return token.lower_ in ("point", "points") and token.nbor(-1).lower_ == "percentage"
