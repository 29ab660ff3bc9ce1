"""Bare numbers in the delegate race: "Kasich has 129", "the big number: 1,237" (issue 11). Pure.

A number with no noun of its own counts what the nearest counted noun before it counts. In the
race for delegates that noun is often not a figure's ("the race for delegates, with 568", "the
delegate math ... the big number: 1,237", "With 222 delegates at stake, she is assured of winning
at least 120 in that state alone"), so the elided-figure rule (``claims.py``) finds nothing and
the clause gives a verb, a place or the figure word ("think", "state", "number", "left race").
The golds name the delegates (realgold19: "delegates" for "the big number: 1,237" and "(1,237)";
realgold8, realgold12 the same for "the 1,237 delegates needed"). Not "the first four in Iowa"
after "more delegates than ... the other Democratic contests": the contests are nearer.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import DELEGATE_WORDS, FIGURE_HOLDER_NOUNS, RACE_VERBS_AS_NOUNS
from factcheck.extract.subjects.noun_phrases import NOUNS

# how many sentences before the figure's own the counted noun may stand: "Cruz entered the
# debate ... when it comes to the delegate chase. Cruz trails Trump 458 to 359"
_SENTENCES_BACK = 2


def delegate_count(figure: Span, subject: str) -> str:
    """ "delegates" for a bare number whose nearest counted noun before it is a delegate word;
    ``subject`` for any other figure.

    Args:
        figure: a figure's span (its number, no unit).
        subject: the subject the other rules found.
    """
    if "delegate" in subject.lower() or not all(t.like_num for t in figure):
        return subject
    number = figure[-1]
    if _names_delegates_after(number):
        return "delegates"  # "60 pledged delegates", the parse hanging the number on "pledged"
    if _has_own_noun(number) or _names_own_whole(number):
        return subject
    counted = _nearest_counted(figure)
    if counted is None or counted.lower_ not in DELEGATE_WORDS:
        return subject
    if counted.lower_.startswith("super") and any(c.dep_ == "nummod" for c in counted.children):
        # "520 superdelegates have said they support Clinton, 39 have said they support
        # Sanders": a count set beside a count of superdelegates counts superdelegates
        # (realgold50, realgold30 golds: "superdelegates" alone; realgold4 lists it first)
        return counted.lower_
    # "delegates" for superdelegates too: "If superdelegates are taken out, Clinton leads
    # Sanders, 1,428 to 1,153" (realgold12 gold: "delegates", "pledged")
    return "delegates"


def _names_delegates_after(number: Token) -> bool:
    """True for "60 pledged delegates", "121 unpledged superdelegates": a delegate word after
    the number past modifiers only."""
    for token in number.doc[number.i + 1 : number.i + 3]:
        if token.lower_ in DELEGATE_WORDS:
            return True
        if token.pos_ not in ("ADJ", "VERB"):
            return False
    return False


def _has_own_noun(number: Token) -> bool:
    """True for "11 states", "24 delegates", "60 pledged delegates"; not "the 1,237 mark"."""
    doc = number.doc
    follower = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if follower is not None and follower.pos_ in NOUNS + ("ADJ", "VERB"):
        return follower.lower_ not in FIGURE_HOLDER_NOUNS and not follower.is_punct
    return counts_a_later_noun(number)


def counts_a_later_noun(number: Token) -> bool:
    """True when the parse hangs ``number`` on a noun after it that is not one that only holds
    the figure ("11 states"; not "the 1,237 mark"); ``standing_figures`` asks it too."""
    head = number.head
    return (
        number.dep_ in ("nummod", "compound")
        and head.pos_ in NOUNS
        and head.i > number.i
        and head.lower_ not in FIGURE_HOLDER_NOUNS
    )


def _names_own_whole(number: Token) -> bool:
    """True for a number whose clause names what it counts: "eight of the battleground
    counties", "a crowd of 1,300", "reduce the state minimum to seven"."""
    doc = number.doc
    if number.i + 1 < len(doc) and doc[number.i + 1].lower_ == "of":
        return True
    prep = number.head
    if number.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    holder = prep.head
    if prep.lower_ == "of":
        # "a crowd of 1,300", "Iowa staff of more than 100"; not "a total of at least 1,410"
        return holder.pos_ == "NOUN" and holder.lower_ not in FIGURE_HOLDER_NOUNS
    return holder.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lower_ not in FIGURE_HOLDER_NOUNS
        for c in holder.children
    )  # "reduce the state minimum to seven"; not "put the figure at 1,237"


def _nearest_counted(figure: Span) -> Token | None:
    """The nearest plural noun or delegate word before the figure, in its sentence or the two
    before it."""
    doc = figure.doc
    start = figure.sent.start
    for _ in range(_SENTENCES_BACK):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    for token in reversed(doc[start : figure.start]):
        if token.lower_ in DELEGATE_WORDS:
            return token
        if (
            token.tag_ in ("NNS", "NNPS")
            and token.pos_ in NOUNS
            and token.lower_ not in RACE_VERBS_AS_NOUNS
        ):
            return token
    return None
