"""People a wound was inflicted on: "inflicted a fatal gunshot wound on their 3-year-old son" =
1 killed, "inflicted serious injuries on a clerk" = 1 injured. Pure.

Session 54 (impl54), vocabulary of the session-29 ruling (docs/gold-conventions.md,
"Vocabulary of casualty shapes"): the wound's receiver after "on" is its holder, as after
"suffered" (``wound_holders.py``); a fatal wound says a death ("suffered fatal injuries",
``wound_holders.is_fatal_wound``). realgold16's gold counts "inflicted a fatal gunshot wound on
their 3-year-old son" as 1 killed. Not counted: "inflicted damage on the city", "inflicted
wounds on himself" (a pronoun: counted where named), a name (read by the rules of named
victims), "could inflict".
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.casualty_measures import is_unreal
from factcheck.extract.implied.implied_people import with_conjuncts
from factcheck.extract.implied.person_shapes import is_person_or_age
from factcheck.extract.implied.wound_holders import is_fatal_wound
from factcheck.extract.lexicon import INFLICTING_VERBS, WOUND_NOUNS


def inflicted_wound(wound: Token) -> tuple[str, list[Token], bool] | None:
    """(measure, people, passive) when ``wound`` is inflicted on people, else None."""
    if wound.lemma_.lower() not in WOUND_NOUNS or wound.dep_ != "dobj":
        return None
    verb = wound.head
    if verb.lemma_.lower() not in INFLICTING_VERBS or verb.pos_ != "VERB" or is_unreal(verb):
        return None
    # the parse hangs "on the son" on the wound or on the verb
    receivers = [
        o
        for t in (wound, verb)
        for p in t.children
        if p.dep_ == "prep" and p.lower_ == "on"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if not receivers:
        return None
    person = receivers[0]
    if person.pos_ in ("PRON", "PROPN") or not is_person_or_age(person):
        return None
    measure = "killed" if is_fatal_wound(wound) else "injured"
    return measure, with_conjuncts(person), True
