"""Subjects of spans of time in which something was done: the unit with the doing.

"has sold 235,000 copies in eight months" -> "months sold copies", "has not voted Republican in
32 years" -> "years voted Republican", "completed its tour within two weeks" -> "weeks completed
tour", "took off eight days" -> "days took off". The gold README counts such spans as claims
when they assert something checkable ("the slowest rate in 13 years"); the gold's subject names
what was done in the span (the verb, its particle, its object), and the unit alone names none
of it. The span "for N units" (how long something lasted) is ``span_subjects.duration``.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    DURATION_LIGHT_VERBS,
    OCCASION_NOUNS,
    TIME_UNITS,
    WITHIN_SPAN_PREPS,
)

_OBJECT_DEPS = ("dobj", "oprd")


def span_event(unit: Token) -> str:
    """The unit of a span of time with what its verb says was done in it, or ''."""
    if unit.lemma_.lower() not in TIME_UNITS:
        return ""
    verb = _doing_verb(unit)
    if verb is None:
        return ""
    words = [unit.text, verb.text]
    words += [c.text for c in verb.children if c.dep_ == "prt"]
    words += [
        c.text
        for c in verb.children
        if c.dep_ in _OBJECT_DEPS and c.i != unit.i and c.pos_ == "NOUN" and not c.ent_type_
    ]  # a name or a pronoun is who or where, not the doing
    return " ".join(words) if len(words) > 2 or unit.dep_ == "pobj" else ""


def _doing_verb(unit: Token) -> Token | None:
    """The verb a span of time says something was done within: "in/within N units" on a verb
    (or on "the second time" a verb's "for" holds), or the object of a phrasal verb ("took off
    eight days"); not a light verb ("It has been five years") nor an age or a date."""
    if unit.dep_ == "pobj" and unit.head.lower_ in WITHIN_SPAN_PREPS:
        verb = unit.head.head
        if verb.lower_ in OCCASION_NOUNS and verb.dep_ == "pobj":
            verb = verb.head.head  # "for the second time in two months"
    elif unit.dep_ == "dobj" and any(c.dep_ == "prt" for c in unit.head.children):
        return unit.head if unit.head.pos_ == "VERB" else None  # "took off", "put in"
    else:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() in DURATION_LIGHT_VERBS:
        return None
    return verb
