"""Subjects of percentages in poll and election sentences: poll support, a vote, a margin."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.lexicon import (
    ANSWER_COMPLEMENT_DEPS,
    ANSWER_PART_DEPS,
    AVERAGE_HEADS,
    BELIEF_VERBS,
    ELECTION_RESULT_WORDS,
    ERROR_KINDS,
    FRACTION_WORDS,
    HAS_AT_AMOUNT_NOUNS,
    LEAD_MARGIN_VERBS,
    MARGIN_LIST_WORDS,
    MARGIN_VERBS,
    OPINION_VERBS,
    PERCENT_WORDS,
    POLL_NOUNS,
    RECKONED_OBJECTS,
    REPORTING_VERBS,
    SHARE_JOINERS,
)
from factcheck.extract.mentions.mentions import Mention
from factcheck.extract.subjects.noun_phrases import NOUNS, noun_phrase

_RESULTS = "factcheck_election_results"  # election_result per sentence


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
    verbs = {t.head.lemma_.lower() for t in figure if t.head.pos_ in ("VERB", "AUX")}
    if not subject or subject.split()[0] in verbs:
        return True  # not "won with more than 60% support": the support is a noun
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
    # asked for every figure of the sentence: its answer is kept per Doc (speed55)
    known: dict[tuple[int, int], bool] = sent.doc.user_data.setdefault(_RESULTS, {})
    if (sent.start, sent.end) not in known:
        words = {t.lower_ for t in sent}
        result = not words.isdisjoint(ELECTION_RESULT_WORDS) and words.isdisjoint(POLL_NOUNS)
        known[sent.start, sent.end] = result
    return known[sent.start, sent.end]


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
    # "the margin of sampling error is plus or minus three percentage points": the kind of
    # error between "of" and "error" names the same margin
    before = [w for w in before if w not in ERROR_KINDS]
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


def with_answer(figure: Span, subject: str) -> str:
    """``subject`` with the answer a share gave after it, or in its place when it named only
    the verb: "poll respondents would not vote", "Lutherans hall should close", "don't know"."""
    doc = figure.doc
    if not is_share(figure) or (figure.end < len(doc) and doc[figure.end].lower_ == "of"):
        return subject  # "40 percent of likely voters back her": the group is named
    answer = answer_of(figure)
    if not answer or answer.lower() in subject.lower():
        return subject
    if subject.lower() in {t.head.lower_ for t in figure} | {t.head.lemma_ for t in figure}:
        subject = ""  # "say" only for want of a noun: "a third say they don't know"
    if subject == "poll support":
        subject = "poll respondents"  # "only 24 percent who said otherwise" back no one
    found = answering(figure)
    group = found[0] if found is not None else None
    if not subject and group is not None and group.i >= figure.end and group.pos_ in NOUNS:
        subject = noun_phrase(group, after=figure.end - 1)  # "Six in 10 Republicans said"
    if subject.lower() in answer.lower():
        return answer
    return f"{subject} {answer}".strip()


def answers_a_question(figure: Span) -> bool:
    """True for a share that gives an answer: "nine out of 10 say they ..."."""
    return is_share(figure) and bool(answer_of(figure))


def is_share(figure: Span) -> bool:
    """A percentage or fraction of a whole: "21 percent", "a third", "nine out of 10"."""
    if any(t.lower_ in PERCENT_WORDS or t.text.endswith("%") for t in figure):
        return True
    if any(t.lower_ in FRACTION_WORDS for t in figure):
        return True
    return figure[-1].like_num and any(t.lower_ in SHARE_JOINERS for t in figure[1:-1])


def answer_of(figure: Span) -> str:
    """What those a share counts said or chose, as the words of the text, or ''.

    "21 percent said they would not vote" -> "would not vote", "a third say they don't know"
    -> "don't know", "34% 'strongly agree'" -> "strongly agree", "10 percent not planning to
    vote" -> "not planning to vote", "43% support Strickland" -> "support Strickland".

    Notes:
        Gold README, "subject": what is counted. A share that answers a poll counts those who
        gave the answer (the golds name it: "not vote", "don't know", "strongly agree"); a
        verb of saying or thinking is only the asking, its clause the answer.
    """
    found = answering(figure)
    if found is None:
        return ""
    token, verb = found
    parts = []
    lemma = verb.lemma_.lower()
    if lemma not in REPORTING_VERBS and lemma not in BELIEF_VERBS:
        parts.append(_core(verb, after=token.i))  # "strongly agree", "support Strickland"
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is not None:
        parts.append(_core(clause, after=verb.i))  # "say they don't know"
    elif not parts:
        parts.append(_core(verb, after=token.i))  # "said otherwise", "say the same"
    return " ".join(p for p in parts if p)


def answering(figure: Span) -> tuple[Token, Token] | None:
    """The subject of a verb of opinion that a share is or counts, with that verb: "21 percent
    said", "Six in 10 Republicans said" (the group), "24 percent who said otherwise"; or None."""
    token = figure[-1]
    while token.head.i in range(figure.start, figure.end) and token.head != token:
        token = token.head  # "nine out of 10": from the whole to the part
    while token.dep_ in ("appos", "nummod", "quantmod") and token.head != token:
        token = token.head
    for clause in token.rights:
        # "only 24 percent who said otherwise": the relative clause answers for the share
        who = [c for c in clause.children if c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT")]
        if clause.dep_ == "relcl" and who and clause.lemma_.lower() in OPINION_VERBS:
            return token, clause
    verb = token.head
    if verb.lemma_.lower() not in OPINION_VERBS or verb.pos_ != "VERB":
        return None
    if token.dep_ == "nsubj":
        return token, verb
    if token.dep_ == "npadvmod" and not any(c.dep_ == "nsubj" for c in verb.children):
        return token, verb  # "Less than a third agreed", parsed as an adverb of the verb
    return None


def _core(verb: Token, *, after: int) -> str:
    """A verb with its negation, auxiliaries and a noun subject before it and its complement
    after it, without a pronoun subject or a prepositional tail: "the 'sharing economy'
    reflects an improvement", "will be more successful", "would not vote"."""
    start = verb.i
    for child in reversed(list(verb.lefts)):
        if child.i <= after:
            break
        if child.dep_ in ANSWER_PART_DEPS or child.is_punct:
            start = child.i
        elif child.dep_ == "nsubj" and child.pos_ in NOUNS:
            start = next(t.i for t in child.subtree if t.pos_ not in ("DET", "PUNCT"))
        else:
            break
    end = _core_end(verb)
    words = verb.doc[start : end + 1]
    # a quoted answer keeps its words apart: 'the "sharing economy" reflects'
    text = "".join(t.whitespace_ if t.is_punct else t.text_with_ws for t in words)
    return " ".join(text.split())


def _core_end(verb: Token) -> int:
    """Where a verb's complement ends, before any prepositional tail: "develop new skills"
    (not "to advance their careers"), "reflects an improvement" (not "on the economy"),
    "don't know enough" (not "about him to have an opinion")."""
    end = verb.i
    complemented = False
    for child in verb.rights:
        if any(not t.is_punct for t in verb.doc[end + 1 : child.left_edge.i]):
            break  # a tail of its own comes first; quotation marks may stand between
        if child.dep_ in ANSWER_PART_DEPS:
            end = child.i  # "viewing him favorably"
        elif child.dep_ in ANSWER_COMPLEMENT_DEPS and not complemented:
            end = _core_end(child) if child.dep_ == "xcomp" else child.i
            complemented = True  # one complement: not "support him, former Gov. Pataki"
        elif child.dep_ == "prep" and verb.lemma_ == "be" and not complemented:
            # "the country is on the wrong track", not a long tail of reasons
            return child.right_edge.i if child.right_edge.i - child.i < 4 else end
        elif child.dep_ == "prep" and child.lower_ == "as" and complemented:
            # "describe themselves as liberal (on social issues)": what they call themselves
            said = [c for c in child.children if c.dep_ != "prep"]
            return said[0].i if said else end
        elif not child.is_punct:
            break
    return end


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
    return any(subject.endswith(name) or name.endswith(subject) for name in person_names(doc))


def person_names(doc: Doc) -> frozenset[str]:
    """The names the parse tags as people, less a common noun it took for one at the start of
    a sentence: "Turnout was 58%" tagged a person where the article writes "turnout" in
    lowercase elsewhere (wire2c, wire2k, wire2q: "poll support" for the turnout). A word the
    article also writes in lowercase, or a noun that names a figure ("Turnout", "Support"), is
    that word there, not a name; a name of two words stays."""
    people = doc.user_data.get(PEOPLE)
    if people is None:
        lowercase = {t.text for t in doc if t.text.isalpha() and t.text.islower()}
        people = doc.user_data[PEOPLE] = frozenset(
            e.text
            for e in doc.ents
            if e.label_ == "PERSON" and not _common_noun_at_start(e, lowercase)
        )
    return people


def _common_noun_at_start(entity: Span, lowercase: set[str]) -> bool:
    """A one-word "person" that opens its sentence: a word written in lowercase elsewhere, or
    a noun of a figure."""
    word = entity.text.lower()
    return (
        len(entity) == 1
        and _opens_line(entity[0])
        and (word in lowercase or word in HAS_AT_AMOUNT_NOUNS | RECKONED_OBJECTS)
    )


def _opens_line(token: Token) -> bool:
    """The first word of a sentence or of a line (a heading the parse ran into the next)."""
    before = token.nbor(-1) if token.i > 0 else None
    return token.is_sent_start or (before is not None and before.is_space and "\n" in before.text)


PEOPLE = "factcheck.person_names"


def margin_of(points: Token) -> str:
    """ "won Ohio by 20 percentage points", "was decided by one point", "won Ohio by 4
    percent": a winning margin; "leading by 2.2 percent", "leading the polls by an average of
    six percentage points": a lead. An inflected verb follows as written ("led Cruz by 20
    points" -> "lead margin led", "trailed by 5 points" -> "lead margin trailed"): the word the
    text names the margin by, which a gold may list alone (realgold35: "led")."""
    by = points.head
    if by.lower_ == "of" and by.head.lower_ in AVERAGE_HEADS:
        points, by = by.head, by.head.head  # "by an average of six percentage points"
    if points.dep_ != "pobj" or by.lower_ != "by" or by.head.lemma_.lower() not in MARGIN_VERBS:
        return ""
    verb = by.head
    margin = "lead margin" if verb.lemma_.lower() in LEAD_MARGIN_VERBS else "margin"
    written = verb.lower_
    if written.isalpha() and written != verb.lemma_.lower() and written != "leads":
        return f"{margin} {written}"
    return margin


def is_points(token: Token) -> bool:
    return token.lower_ in ("point", "points") and token.nbor(-1).lower_ == "percentage"
