"""A person said to be the victim in an event, or a victim of its kind: "A woman was the
victim in Saturday's fatal shooting" = 1 killed, "A man became the city's 100th homicide
victim" = 1 killed, "A teen was a shooting victim" = 1 shot. Pure.

Session 54 (impl54), vocabulary of the session-29 ruling (docs/gold-conventions.md,
"Vocabulary of casualty shapes"): ``victim_phrases.victim_of_event`` reads "was the victim of
a fatal shooting" (implvoc, round 7); reporters also write "the victim in" the event, or put
the event before "victim" ("a homicide victim was identified" is read by
``victim_phrases.fatal_victim``). The event says the measure as there (VICTIM_EVENT_NOUNS;
"fatal" or "deadly" makes a shooting a killing). Not counted: "the victim of fraud", "the
latest victim of gun violence", "was not the victim", "the victim in the case", a pronoun.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.implied_people import with_conjuncts
from factcheck.extract.implied.victim_phrases import fatal_victim, is_victim_person, victim_of_event
from factcheck.extract.lexicon import VICTIM_EVENT_NOUNS

# the verbs that make their subject the victim ("was the victim in", "became ... victim")
_LINKS = frozenset({"be", "become"})
_FATAL_EVENT_MODIFIERS = frozenset({"fatal", "deadly"})


def victim_in_event(victim: Token) -> tuple[str, list[Token]] | None:
    """(measure, [subject]) when ``victim`` makes the subject of its "be" or "become" the
    victim in a casualty event or a victim of its kind, else None."""
    if victim.lemma_.lower() != "victim" or victim.dep_ != "attr":
        return None
    link = victim.head
    if link.lemma_.lower() not in _LINKS or link.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "neg" for c in link.children):
        return None
    subjects = [c for c in link.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].pos_ == "PRON":
        return None
    # "the victim in Saturday's fatal shooting"; else the kind before it: "homicide victim"
    # the parse hangs "in ..." on the victim or on the verb after it
    after = [c for c in link.children if c.i > victim.i]
    events = [
        o
        for p in [*victim.children, *after]
        if p.dep_ == "prep" and p.lower_ == "in"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    events = events or [
        c for c in victim.children if c.dep_ in ("compound", "amod", "nmod") and c.i < victim.i
    ]
    for event in events:
        # "a shooting victim": the tagger may read "shooting" as a verb
        measure = VICTIM_EVENT_NOUNS.get(event.lemma_.lower(), VICTIM_EVENT_NOUNS.get(event.lower_))
        if measure is None:
            continue
        modifiers = {c.lower_ for c in event.children} | {c.lower_ for c in victim.children}
        if measure != "killed" and modifiers & _FATAL_EVENT_MODIFIERS:
            measure = "killed"
        return measure, [subjects[0]]
    return None


def victim_casualty(victim: Token) -> tuple[str, list[Token], bool] | None:
    """The people a "victim" says were hurt or killed: the subject of "was the victim of a
    fatal shooting", "fell victim to a stabbing", or "a homicide victim" itself
    (victim_phrases.py, implvoc; moved here from implied_predicates in session 54)."""
    if fatal_victim(victim):
        return "killed", [victim], True
    if victim.dep_ not in ("attr", "dobj"):
        return None
    # "was the victim in a fatal shooting", "became a homicide victim" (victim_links.py)
    linked = victim_of_event(victim.head) or victim_in_event(victim)
    if linked is None or not is_victim_person(linked[1][0]):
        return None
    return linked[0], with_conjuncts(linked[1][0]), True
