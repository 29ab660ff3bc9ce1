"""Counts of people said to be in care: in a condition, taken to a hospital, expected to survive.

"Of those, five are in good condition, while two remain in serious condition", "one in
critical", "one person was taken to the hospital in critical condition", "All four were
expected to survive": the count is of the injured (gold subjects name them so; the implied
counts read "in critical condition" and "survived" the same way, ``implied.py``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.implied.casualty_measures import later_death
from factcheck.extract.lexicon import (
    CARE_CONDITION_NOUNS,
    CARE_NOUNS,
    CARE_PLACE_VERBS,
    CARED_COUNT_NOUNS,
    CASUALTY_PERSON_NOUNS,
    CASUALTY_PREDICATE_VERBS,
    GENERIC_COUNT_NOUNS,
    ONE_PART_CONDITIONS,
    STATE_WORDS,
    SURVIVAL_VERBS,
)

# What a count climbs through to the noun it counts ("one person", "about a dozen people").
_COUNT_DEPS = frozenset({"nummod", "quantmod"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def with_care_state(figure: Span, subject: str) -> str:
    """``subject`` with "injured" after it when the count is of people in care ("killed" when
    they die after it: "One man was rushed to a hospital where he was pronounced dead").

    A subject that already names a state ("wounded", "dead") is kept as it is; the word is
    added, not put in place of the subject's own, so no word of it is lost.
    """
    if not STATE_WORDS.isdisjoint(w.lower() for w in subject.split()):
        return subject
    state = _care_state(figure)
    if not state:
        return subject
    return f"{subject} {state}" if subject else state


def _care_state(figure: Span) -> str:
    """ "injured" for a count of people in care, "killed" if they die after it, else ""."""
    counted = figure[-1]
    while counted.dep_ in _COUNT_DEPS and counted.head is not counted:
        counted = counted.head
    if not _counts_people(counted, figure):
        return ""
    if _states_care(counted, counted):  # "one in critical", "three in stable condition"
        return "injured"
    if counted.dep_ not in _SUBJECT_DEPS:
        return ""
    verb = counted.head
    if verb.lemma_.lower() in SURVIVAL_VERBS or any(
        c.dep_ == "xcomp" and c.lemma_.lower() in SURVIVAL_VERBS for c in verb.children
    ):
        return "injured"  # "All four were expected to survive"
    if not _states_care(verb, counted):
        return ""
    # people in care who die after it are no part of the injured (verification counts people
    # in care as injured): the later death wins
    return "killed" if later_death(verb) else "injured"


def _counts_people(counted: Token, figure: Span) -> bool:
    """True for a bare count ("five are ...") or a count of people ("one person", "two others")."""
    if counted.i in range(figure.start, figure.end):
        return _harm_told(figure.sent)  # "12 are in good condition" of bridges counts no one
    lemma = counted.lemma_.lower()
    return (
        lemma in CASUALTY_PERSON_NOUNS or lemma in GENERIC_COUNT_NOUNS or lemma in CARED_COUNT_NOUNS
    )


def _states_care(head: Token, counted: Token) -> bool:
    """True if ``head`` has "in (critical) condition", "in critical", or "to/at a hospital"
    after a verb of taking or staying."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.i < counted.i:
            continue
        if any(t.like_num for t in head.doc[counted.i + 1 : prep.i]):
            continue  # "112 were admitted to hospitals, 27 of them in critical condition"
        for noun in prep.children:
            if noun.dep_ not in ("pobj", "amod"):  # "one in critical" parses "critical" as amod
                continue
            low = noun.lower_
            if prep.lower_ == "in" and (
                low in ONE_PART_CONDITIONS
                or (low in CARE_CONDITION_NOUNS and _said_of_health(noun))
            ):
                return True
            if noun.lemma_.lower() in CARE_NOUNS and head.lemma_.lower() in CARE_PLACE_VERBS:
                return True
    return False


def _said_of_health(condition: Token) -> bool:
    """ "in critical condition", "in good or fair condition"; not "in poor condition" (a road)."""
    words = [c for c in condition.children if c.dep_ == "amod"]
    words += [c for w in words for c in w.children if c.dep_ == "conj"]
    return any(w.lower_ in ONE_PART_CONDITIONS for w in words)


def _harm_told(sent: Span) -> bool:
    """True if ``sent`` or one of the two sentences before it tells of people harmed."""
    doc = sent.doc
    start = sent.start
    for _ in range(2):
        if start > 0:
            start = doc[start - 1].sent.start
    return any(
        t.lower_ in STATE_WORDS or t.lemma_.lower() in _HARM_LEMMAS for t in doc[start : sent.end]
    )


_HARM_LEMMAS = CASUALTY_PREDICATE_VERBS | {"victim", "hospital", "shooting"}
