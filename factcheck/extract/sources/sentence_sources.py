"""Attributions outside a figure's path: an "according to" or a poll elsewhere in the
sentence, an "According to X," opening an earlier sentence of the paragraph (for a count the
story implies), a verbless fragment split off the sentence before, and a colon-ending
sentence that announces the paragraph ("Soerens argued that:")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.doctext import span_text
from factcheck.extract.lexicon import (
    FRAMING_PREPS,
    SURVEY_HEADS,
)
from factcheck.extract.sources.nominal import (
    survey_object,
)
from factcheck.extract.sources.quotes import announces, introducing_verb, quote_at
from factcheck.extract.sources.reporting_verbs import (
    ATTRIBUTION_WORDS,
    according_to_object,
    is_reporting_verb,
)
from factcheck.extract.sources.verb_subject import subject_of
from factcheck.extract.token_index import span_tokens_with_lower

# Clauses a figure's frame does not cross: "Revenue slipped 3.2%, short of the estimate in a
# survey": the survey frames the estimate, not the revenue.
_SIDE_CLAUSE_DEPS = frozenset({"advcl", "relcl", "acl", "ccomp", "xcomp", "parataxis"})
# How many earlier sentences of a paragraph an opening "According to X," may cover: the next
# one only; the real golds leave the narrative after it unattributed (realgold8, realgold10).
_CONTINUITY_SENTS = 1
_PARAGRAPH_STARTS = "factcheck_paragraph_starts"  # paragraph_start per sentence start
_POLLS = "factcheck_sentence_polls"  # _sentence_poll per sentence


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
    """The first sentence start of the figure's paragraph; worked out once per sentence (every
    figure of a sentence asks it; speed55) and kept per Doc."""
    sent = number.sent
    known: dict[int, int] = doc.user_data.setdefault(_PARAGRAPH_STARTS, {})
    if sent.start not in known:
        known[sent.start] = _paragraph_start(doc, sent)
    return known[sent.start]


def _paragraph_start(doc: Doc, sent: Span) -> int:
    while sent.start > 0 and "\n" not in doc[sent.start - 1].text_with_ws:
        previous = doc[sent.start - 1].sent
        if "\n" in previous.text.strip() or previous.start == sent.start:
            break
        sent = previous
    return sent.start


def sentence_according_to(sent: Span, number: Token | None = None) -> Token | None:
    """ "Other cleavages, according to the poll, include ... (29 points ...)": an "according
    to" anywhere in the sentence, an opening "In a poll, ...", or a poll reporting in it,
    covers the figures the parse hangs elsewhere; not a ``number`` inside the "according to"
    phrase itself, which counts the sources ("according to three recent polls", "according to
    interviews with more than a dozen aides": the writer's count, gold source none)."""
    # the sentence's "according" and "per" only: no other word is one (speed55)
    for token in span_tokens_with_lower(sent, ATTRIBUTION_WORDS):
        obj = according_to_object(token)
        if obj is not None and (number is None or number not in obj.subtree):
            return obj
    return _opening_attribution(sent) or _sentence_poll(sent)


def clause_survey(number: Token) -> Token | None:
    """ "Four candidates have been clustered near 10 percent of the vote in New Hampshire
    surveys", "she trails Lee in the RealClearPolitics average of polls by 9 points": a poll
    framing the figure's clause with "in", "by" or "under", wherever the parse hangs it, frames
    the figure. Not a poll inside the figure's own phrase ("a poll of 1,000 voters"), in
    another clause ("Lee, who leads in the polls, raised $5 million"), beside a figure of its
    own ("fell 6%, below the $9 forecast in a poll"), or on the other side of the subject: a
    subject's count names who is measured ("Four candidates ... in surveys"), and a poll in the
    subject frames only the subject ("his lead in polling averages amounted to a loss")."""
    clause = _clause_head(number)
    own = _argument(number, clause)
    for token in clause.subtree:
        if token.lower_ not in FRAMING_PREPS or number in token.subtree:
            continue
        survey = survey_object(token)
        if survey is None or _clause_head(token) != clause:
            continue
        framed = _argument(token, clause)
        if framed == own:
            return survey
        if _is_subject(own) or _is_subject(framed) or _holds_a_figure(framed, token):
            continue
        return survey
    return None


def _argument(token: Token, clause: Token) -> Token:
    """The word of ``clause``'s own dependents whose phrase holds ``token``."""
    while token.head.i != clause.i and token.head.i != token.i:
        token = token.head
    return token


def _is_subject(argument: Token) -> bool:
    return argument.dep_ in ("nsubj", "nsubjpass")


def _holds_a_figure(argument: Token, prep: Token) -> bool:
    """A number in the phrase, outside the poll's own ("a poll of 1,000 voters")."""
    return any(t.like_num and t not in prep.subtree for t in argument.subtree)


def _clause_head(token: Token) -> Token:
    """The head of the clause ``token`` is in: a verb, or the word a side clause hangs on
    ("short of the estimate in a survey" is a clause of its own), else the sentence root."""
    head = token.head
    while (
        head.pos_ not in ("VERB", "AUX")
        and head.dep_ not in _SIDE_CLAUSE_DEPS
        and head.head.i != head.i
    ):
        head = head.head
    return head


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
    18%": a poll that reports in the sentence covers the figures the parse hangs elsewhere.
    Asked for every figure of a sentence: the answer is kept per Doc (speed55)."""
    known: dict[tuple[int, int], Token | None] = sent.doc.user_data.setdefault(_POLLS, {})
    if (sent.start, sent.end) not in known:
        known[sent.start, sent.end] = _reporting_poll(sent)
    return known[sent.start, sent.end]


def _reporting_poll(sent: Span) -> Token | None:
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
    opener = according_to_object(first)  # "According to X, ..." or "Per X, ..."
    if opener is not None:
        return opener
    if first.lower_ in FRAMING_PREPS:
        return survey_object(first)
    return None


def paragraph_according_to(doc: Doc, anchor: Token) -> Token | None:
    """ "According to police, officers found the driver at 1 a.m. A passenger was shot and
    killed.": an opening "according to" covers the sentence after it, for the counts the story
    implies (``find_source``'s ``narrated``); not the story the paragraph goes on to tell
    ("According to police, the shooting happened at 1 a.m. Four were hit. All four victims were
    treated ...": realgold8, realgold10 golds). ``anchor`` is the word the count hangs on."""
    sent = anchor.sent
    for _ in range(_CONTINUITY_SENTS):
        if sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws + sent[0].text:
            return None
        sent = doc[sent.start - 1].sent
        if "\n" in span_text(sent).strip():
            return None
        first = next((t for t in sent if not t.is_space), sent[0])
        opener = according_to_object(first)
        if opener is not None:
            return opener
        if any(is_reporting_verb(t) and t.pos_ != "NOUN" for t in sent):
            return None
    return None
