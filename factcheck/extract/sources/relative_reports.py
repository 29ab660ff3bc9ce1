"""A figure that a relative clause reports: "the $4 million his aides said he would raise",
"the 300 jobs the company says it created", "the 12 stores executives said would close". The
figure's noun carries a relative clause whose verb reports, with its own subject: that subject
is who gives the figure (gold README: the source is who the text attributes the figure to;
realgold "the 50,000 per day city officials estimated", city officials).

Not a relative clause whose subject is the relative pronoun or some of those counted ("the 300
people who said they were hurt", "five delegates, two of whom have pledged", "two cars, one
described as a sedan": those counted, the figure is the writer's), nor one that does not report
("the $4 million his aides raised"), nor a report with no clause of its own, whose object is the
noun counted ("nine outrageous things the candidate has said": the writer counts the remarks).

A "what" clause that reports ("to what advocates estimated were 100,000 adoptees") gives the
figure in its "were" complement to its subject (``free_relative_reporter``).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import REPORTED_NOUN_VERBS
from factcheck.extract.sources.reporting_verbs import is_reporting_verb

_RELATIVE_WORDS = frozenset({"who", "whom", "which", "that", "whose"})
_MULTIPLIERS = frozenset({"times", "time", "fold", "twice", "thrice", "double", "triple"})


def relative_report_subject(number: Token) -> Token | None:
    """The subject of a reporting relative clause on the figure's own noun."""
    noun = number.head if number.dep_ in ("nummod", "compound", "quantmod") else number
    if number.dep_ == "quantmod" or noun.dep_ in ("nummod", "compound"):
        noun = noun.head  # "$ 4 million": the number's head is "million" or the noun after it
    for verb in noun.children:
        if verb.dep_ != "relcl" or verb.i < noun.i or not is_reporting_verb(verb):
            continue
        if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
            continue  # "nine things Lee has said": the noun is what was said, counted
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is not None and not _part_of_the_figure(subject):
            return subject
    return None


def _part_of_the_figure(subject: Token) -> bool:
    """ "who", "two of whom", "one described as a white sedan": the subject is the relative
    pronoun or some of those the figure counts, not a reporter."""
    return (
        subject.like_num
        or subject.pos_ == "NUM"
        or any(t.lower_ in _RELATIVE_WORDS for t in subject.subtree)
    )


def reported_noun_source(number: Token) -> Token | None:
    """Who reports the figure's noun in a clause on it, the clause reporting the noun itself:
    "the 14 deaths acknowledged by the junta" (a passive participle with its agent), "the 2.8%
    loan ratio that the bank reported to investors" (a relative clause whose object is the
    noun the figure measures). The innermost attribution (issue 11, "Nominal sources"); two
    wire sets by two writers give it (tests/wiree e_1 "the new junta", tests/wireg g_5
    "CLBank"). Not "nine things the candidate has said", where the figure counts what was
    said: a relative clause counts only when the figure modifies its noun ("2.8% ratio"); nor
    a multiplier ("three times the 14 deaths ..."), the writer's comparison."""
    doc = number.doc
    if number.lower_ in _MULTIPLIERS or (
        number.i + 1 < len(doc) and doc[number.i + 1].lower_ in _MULTIPLIERS
    ):
        return None
    noun = number.head if number.dep_ in ("nummod", "compound", "quantmod") else number
    measured = None
    if noun.dep_ in ("nmod", "compound", "amod") and noun.head.i > noun.i:
        measured = noun.head  # "% ratio": the figure measures the noun after it
    for owner in filter(None, (noun, measured)):
        for child in owner.children:  # "the 14 deaths acknowledged by the junta"
            if child.dep_ == "acl" and child.tag_ == "VBN" and _asserts_a_count(child):
                agent = next((c for c in child.children if c.dep_ == "agent"), None)
                if agent is not None:
                    by = next((c for c in agent.children if c.dep_ == "pobj"), None)
                    if by is not None:
                        return by
    if measured is None:
        return None
    for verb in measured.children:
        if verb.dep_ != "relcl" or verb.i < measured.i or not is_reporting_verb(verb):
            continue
        if any(c.dep_ == "ccomp" for c in verb.children):
            continue  # a clause of its own: relative_report_subject's
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is not None and not _part_of_the_figure(subject):
            return subject
    return None


def _asserts_a_count(verb: Token) -> bool:
    """ "acknowledged", "reported", "confirmed by": a participle that gives the noun as a
    fact someone states, not an act done to it ("records posted by the seller")."""
    return verb.lemma_.lower() in REPORTED_NOUN_VERBS and is_reporting_verb(verb)


# How many words may name who reports between "what" and the reporting verb.
_FREE_RELATIVE_SUBJECT_WORDS = 4


def free_relative_reporter(number: Token) -> Token | None:
    """Who a "what X said were" clause says gave the figure: "awarded citizenship to what
    advocates estimated were more than 100,000 adoptees", "documented what it said were 87
    cases". The figure is in the complement of "was"/"were" right after "what" + subject +
    reporting verb; the parse often hangs that "were" on the main verb, not on the reporting
    one, and the figure lost its source. The golds give the figure to that subject
    (tests/realgold50 "advocates"; tests/wire2j, "documented what it said were 87 cases", the
    report "it" stands for). The reporter is the subject between "what" and the verb."""
    doc = number.doc
    be = next((t for t in _path_up(number) if t.lemma_.lower() == "be"), None)
    if be is None or be.i < 3 or be.i > number.i:
        return None
    verb = doc[be.i - 1]
    if verb.pos_ not in ("VERB", "AUX") or not is_reporting_verb(verb):
        return None
    start = max(verb.i - 1 - _FREE_RELATIVE_SUBJECT_WORDS, verb.sent.start)
    what = next((t for t in reversed(doc[start : verb.i - 1]) if t.lower_ == "what"), None)
    if what is None:
        return None
    words = doc[what.i + 1 : verb.i]
    if any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in words):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.i in range(words.start, words.end):
        return subject
    return words.root


def _path_up(token: Token) -> list[Token]:
    path = [token]
    while path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path
