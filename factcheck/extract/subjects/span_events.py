"""Subjects of spans of time in which something was done: the unit with the doing.

"has sold 235,000 copies in eight months" -> "months sold copies", "completed its tour within
two weeks" -> "weeks completed tour", "took off eight days" -> "days took off". The gold README
counts such spans as claims when they assert something checkable ("the slowest rate in 13
years"); the gold's subject names what was done in the span (the verb, its particle, its
object), and the unit alone names none of it. A bare verb ("was arrested within 20 minutes")
and a superlative object ("its best quarter in 9 years", the README's "the slowest rate in 13
years") keep the subject they had. A negated verb ("has not practiced in two decades", "has not
voted Republican in a presidential election in 32 years") is the gap since the doing last
happened (the README's "the first death in a decade"): the doing is named with its negation,
bare or not, as the gold names it ("not practiced", "voted Republican").
The span "for N units" (how long something lasted) is ``span_subjects.duration``.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    DURATION_LIGHT_VERBS,
    NEGATING_WORDS,
    OCCASION_NOUNS,
    TIME_UNITS,
    WITHIN_SPAN_PREPS,
)
from factcheck.extract.subjects.record_holders import record_holder

_OBJECT_DEPS = ("dobj", "oprd")


def span_event(unit: Token) -> str:
    """The unit of a span of time with what its verb says was done in it, or ''."""
    if unit.lemma_.lower() not in TIME_UNITS:
        return ""
    verb = _doing_verb(unit)
    if verb is None:
        return ""
    objects = [
        c
        for c in verb.children
        if c.dep_ in _OBJECT_DEPS and c.i != unit.i and c.pos_ == "NOUN" and not c.ent_type_
    ]  # a name or a pronoun is who or where, not the doing
    if any(a.tag_ == "JJS" for o in objects for a in o.children):
        return ""  # "reported its best quarter in 9 years": the superlative is the subject
    if verb.dep_ in ("relcl", "acl") and record_holder(verb):
        return ""  # "the strongest to hit the coast in six years": the record is the subject
    negation = _negation(verb)
    if negation:
        # "has not voted Republican in 32 years": what the doing was, a name or adjective too
        objects += [c for c in verb.children if c.dep_ == "oprd" and c.pos_ in ("PROPN", "ADJ")]
    done = [c.text for c in verb.children if c.dep_ == "prt"] + [o.text for o in objects]
    done += [m for o in objects for m in _material(o)]  # "dumped 600 mm of rain in 48 hours"
    if not done and not negation:
        measure = _measured_subject(verb)
        if measure is None:
            return ""  # "was arrested within 20 minutes": a bare verb says too little
        # "300 litres of rain fell in eight hours": the window of what the figure measures
        return " ".join([unit.text, verb.text, measure.text, *_material(measure)])
    return " ".join([unit.text, *negation, verb.text, *done])


def _material(noun: Token) -> list[str]:
    """ "600 millimetres of rain", "10 cubic km of ice": a figure's noun with an "of" naming the
    stuff it measures gives that stuff, the word the golds name such a window by ("rain",
    tests/wireg, wireo, wirem golds: a window of rain is "rain", not its unit); [] otherwise."""
    if not any(c.dep_ == "nummod" for c in noun.children):
        return []
    return [
        o.text
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj" and o.pos_ == "NOUN"
    ]


def _measured_subject(verb: Token) -> Token | None:
    """The verb's subject when it is a measure of some stuff ("300 litres of rain fell")."""
    return next(
        (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and _material(c)), None
    )


def _negation(verb: Token) -> list[str]:
    """ "not" or "never" for a verb the text negates ("has not practiced", "hasn't worn",
    "has never lost"), as the gold writes it; [] otherwise."""
    words = [c.lower_ for c in verb.children if c.dep_ == "neg" and c.lower_ in NEGATING_WORDS]
    return ["never" if w == "never" else "not" for w in words[:1]]


def _doing_verb(unit: Token) -> Token | None:
    """The verb a span of time says something was done within: "in/within N units" on a verb
    (or on "the second time" a verb's "for" holds), or the object of a phrasal verb ("took off
    eight days"); not a light verb ("It has been five years") nor an age or a date."""
    if unit.dep_ == "pobj" and unit.head.lower_ in WITHIN_SPAN_PREPS:
        verb = unit.head.head
        if verb.lower_ in OCCASION_NOUNS and verb.dep_ == "pobj":
            verb = verb.head.head  # "for the second time in two months"
        elif verb.pos_ == "NOUN" and verb.dep_ == "pobj" and _negation(verb.head.head):
            # "has not voted Republican in a presidential election in 32 years": the span
            # the parse hangs on the occasion counts the negated doing
            verb = verb.head.head
    elif unit.dep_ == "dobj" and any(c.dep_ == "prt" for c in unit.head.children):
        return unit.head if unit.head.pos_ == "VERB" else None  # "took off", "put in"
    else:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() in DURATION_LIGHT_VERBS:
        return None
    return verb
