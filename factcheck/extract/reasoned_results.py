"""A result the writer reads is no source: "The outcome showed Clinton had 49.8 percent",
"simple math shows he needs to close a 20-point gap", "the top-line number shows her ahead
by two points".

The gold README gives a claim no source (``none``) when it is the article's own statement.
An evidential verb ("show", "suggest", "indicate") with a subject that names a record, a poll
or a body ("The poll showed", "Court records show", "The cable indicated") cites that record;
with a subject that names only an outcome, a number or a piece of reasoning it cites no one:
the writer reads the figure off results already given. The golds write these without a source
(realgold19 "The outcome showed", realgold20 "simple math shows", realgold24 "The top-line
number ... shows"), and give a source to every record, poll, count or result noun in the same
frame (realgold, 3, 4, 5, 7, 10, 12, 14, 19, 20). The words are data
(``lexicon.REASONED_RESULT_HEADS``); a subject owned by someone or qualified by an "of"
phrase ("the outcome of the state's count", "his math") keeps its source.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import EVIDENTIAL_VERBS, REASONED_RESULT_HEADS


def reads_a_result(verb: Token, subject: Token) -> bool:
    """``subject`` of the evidential ``verb`` names an outcome, a number or reasoning the
    writer reads, not a record or someone who reports."""
    if verb.lemma_.lower() not in EVIDENTIAL_VERBS:
        return False
    if subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    if subject.lemma_.lower() not in REASONED_RESULT_HEADS:
        return False
    for child in subject.children:
        if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ == "of"):
            return False  # "the poll's outcome", "the outcome of the count"
        if child.dep_ in ("compound", "nmod") and (child.pos_ == "PROPN" or child.ent_type_):
            return False  # "the Iowa outcome": a named contest's result
    return True


def under_a_reading(number: Token) -> bool:
    """The figure is in what an evidential verb with such a subject shows ("But simple math
    shows he needs to curb his 20-point deficit"): no poll or "according to" elsewhere in the
    sentence reports it either."""
    return any(shows_a_reading(ancestor) for ancestor in number.ancestors)


def shows_a_reading(verb: Token) -> bool:
    """``verb`` is an evidential verb whose subject names a result the writer reads."""
    if verb.lemma_.lower() not in EVIDENTIAL_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and reads_a_result(verb, subject)
