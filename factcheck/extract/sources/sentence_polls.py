"""A poll named anywhere in a figure's sentence frames the sentence's percentages.

"Some 20 percent of people in a recent CNN poll said ...; 29 percent (and 43 percent of
Republicans) said ...", "Trump rose from 40 percent on July 14 to 42 percent ... before slipping
back to 39 percent in Monday's poll" (realgold12 gold: "Monday's poll" for all three), "just 18
percent of registered voters have a favorable view of Lee in a new Post-ABC News poll": the
parse hangs the poll on one share or on another clause, and ``clause_survey`` keeps to the
figure's own clause and never frames a subject. Only within the sentence: the tuning golds leave
the figures of the next sentences unattributed (session 18, "poll continuity").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import FRAMING_PREPS, MARGIN_HEADS, PERCENT_WORDS, POLL_HEADS
from factcheck.extract.sources.nominal import survey_object

# Clauses on a noun: a poll in one describes the noun ("Lee, who leads in the polls, won 40
# percent of the vote"), not the sentence's figures.
_NOUN_CLAUSE_DEPS = frozenset({"relcl", "acl", "appos"})


def sentence_poll(number: Token) -> Token | None:
    """The poll that an "in/by/under a poll" phrase of the figure's sentence names, when the
    figure is a percentage outside the poll's own phrase.

    Not a poll that describes a noun in a clause of its own ("Lee, who leads in the polls"), nor
    one beside a figure of its own ("below the $9 forecast in a survey"), nor "the polls" said in
    general ("his standing in the polls"); not a margin of error (the golds give it no source).
    """
    if not _a_percentage(number) or _a_margin(number):
        return None
    for prep in number.sent:
        if prep.lower_ not in FRAMING_PREPS or number in prep.subtree:
            continue
        poll = survey_object(prep)
        if poll is None or poll.lemma_.lower() not in POLL_HEADS or _polls_in_general(poll):
            continue
        if _in_a_noun_clause(prep, number) or _beside_a_figure(prep):
            continue
        return poll
    return None


def _a_percentage(number: Token) -> bool:
    doc = number.doc
    following = doc[number.i + 1] if number.i + 1 < len(doc) else None
    return number.text.endswith("%") or (
        following is not None and following.lower_ in PERCENT_WORDS
    )


def _a_margin(number: Token) -> bool:
    return any(token.lemma_.lower() in MARGIN_HEADS for token in number.sent)


def _polls_in_general(poll: Token) -> bool:
    """ "in the polls", "in polls": no one poll; "in recent national polls", "in the Quinnipiac
    polls" name some."""
    if poll.tag_ != "NNS":
        return False
    return not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in poll.children)


def _in_a_noun_clause(prep: Token, number: Token) -> bool:
    """The poll sits in a clause on a noun that does not hold the figure."""
    for ancestor in prep.ancestors:
        if ancestor.dep_ in _NOUN_CLAUSE_DEPS and number not in ancestor.subtree:
            return True
    return False


def _beside_a_figure(prep: Token) -> bool:
    """The poll frames a noun that holds a figure other than a percentage: "the $9 forecast in
    a survey"; not "20 percent of people in a poll", whose share the poll measures."""
    head = prep.head
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(t.like_num and t not in prep.subtree and not _a_percentage(t) for t in head.subtree)
