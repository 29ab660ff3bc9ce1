"""What a figure is the level of: "get the unemployment rate down to 6 percent".

A figure a verb of moving brings a thing to or from ("raising the minimum wage from $7.25 to
$12", "the price was jacked up to $2 million", "lifted the policy rate to a range of 5.25%")
is the level of that thing: the subject is the thing moved (the verb's object, or its subject
when passive), not the verb nor whoever moves it (gold README, "subject": what is measured;
realgold5, realgold10, realgold14 golds, dev B3).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import LEVEL_MOVE_VERBS, LEVEL_NOUNS, LEVEL_PREPS
from factcheck.extract.subjects.noun_phrases import noun_phrase

_BOUND_WORDS = frozenset({"up", "down"})


def level_of(figure: Span, subject: str) -> str:
    """The noun phrase of the thing ``figure`` is the level of, or ``subject`` unchanged.

    ``subject`` is kept unless it is empty or names only the verb, its doer or the word of the
    level ("range"): "jacked", "raise raising", "range" give way to "price", "wage", "rate".
    """
    found = _moving_verb(figure)
    if found is None:
        return subject
    verb, passed = found
    thing = _moved(verb)
    if thing is None:
        return subject
    plain = {verb.lemma_.lower(), verb.lower_} | {t.lower_ for t in passed}
    for child in verb.children:
        if child.dep_ == "nsubj":
            plain |= {t.lower_ for t in child.subtree}
    if subject and not set(subject.lower().split()) <= plain:
        return subject
    return noun_phrase(thing, after=thing.left_edge.i - 1)


def _moving_verb(figure: Span) -> tuple[Token, list[Token]] | None:
    """The verb that moves a thing to the level ``figure`` names, with the words between."""
    unit = figure[-1]
    while unit.dep_ in ("nummod", "compound", "quantmod") and unit.head.i < figure.end:
        if unit.head.i < figure.start:
            break
        unit = unit.head
    passed: list[Token] = []
    if unit.dep_ == "pobj" and unit.head.lower_ == "of" and unit.head.head.lower_ in LEVEL_NOUNS:
        passed.append(unit.head.head)
        unit = unit.head.head  # "to a range of 5.25%-5.50%"
    if unit.dep_ == "pobj":
        prep = unit.head
        head = prep.head
        if head.dep_ in ("prt", "advmod") and head.lower_ in _BOUND_WORDS:
            head = head.head  # "brought it back down to 5 percent"
        if head.pos_ != "VERB":
            return None
        lemma = head.lemma_.lower()
        if prep.lower_ in LEVEL_PREPS and lemma in LEVEL_MOVE_VERBS:
            return head, passed
        return None
    # "down to 6 percent", "up to $2 million" read as the figure's own words
    bound = [
        t
        for t in figure.doc[max(figure.sent.start, figure.start - 2) : figure.end]
        if t.lower_ == "to" and t.dep_ == "quantmod" and t.i > 0
    ]
    if not bound or figure.doc[bound[0].i - 1].lower_ not in _BOUND_WORDS:
        return None
    verb = unit.head
    if verb.pos_ == "VERB" and verb.lemma_.lower() in LEVEL_MOVE_VERBS:
        return verb, passed
    return None


def _moved(verb: Token) -> Token | None:
    """The noun a verb moves: its object ("raising the minimum wage"), or its passive subject
    ("the price was jacked up")."""
    for dep in ("dobj", "nsubjpass"):
        for child in verb.children:
            if child.dep_ == dep and child.pos_ == "NOUN" and not child.like_num:
                return child
    return None
