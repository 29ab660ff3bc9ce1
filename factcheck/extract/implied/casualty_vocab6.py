"""Ordinary local-news casualty shapes, sixth round (impl, session 46). Pure.

docs/gold-conventions.md "Vocabulary of casualty shapes (session 29)" (ordinary news English for
a shape the README covers, "in critical condition" being one hurt):

- "The shooting left a man in critical condition", "killing the boy and leaving the teen in
  serious condition": the person the event leaves in a condition is hurt (injured), not the
  event's doer ("The gunman ... left his brother in critical condition" hurt no gunman).
  Who is left must be a person: "left the house in good condition" counts no one.
- "A 17-year-old remains in critical condition", "A 2-year-old remains in the hospital after
  being shot": the parse reads "2-year-old remains" as a noun (human remains) and loses the
  verb; the age is one hurt person, as "A 17-year-old was in critical condition" is. Not "The
  60-year-old remains were found" (remains found: no state of care).
- "A 12-year-old girl was grazed", "A second man was grazed in the shooting", "was grazed on the
  arm": a passive "grazed" is a bullet's (shot), as "grazed by a bullet" is, unless its agent
  is something else ("was grazed by a passing car" counts no one).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from factcheck.extract.implied.implied_people import with_conjuncts
from factcheck.extract.implied.person_shapes import is_age_modifier, is_person_or_age
from factcheck.extract.lexicon import (
    CARE_CONDITION_WORDS,
    CARE_NOUNS,
    GUNFIRE_NOUNS,
)
from factcheck.extract.token_index import tokens_with_lower

# The word the parse takes for a noun after an age: "A 2-year-old remains in the hospital".
_REMAINS = frozenset({"remains"})
# What a misread "remains" stays in: "in the hospital", "in critical condition", "on life
# support" (the care the verb would have put its subject in).
_STAY_PREPOSITIONS = frozenset({"in", "on"})


def left_in_condition(state: Token) -> list[Token] | None:
    """The people a "leave" verb leaves in a condition: "The shooting left a man in critical
    condition", "leaving the teen in serious condition" (the verb's object, with the people
    listed with it).

    Returns None when ``state`` is no "leave" with an object ("A woman was left in critical
    condition": its subject, read as any state's), and [] when the object is no person ("left
    the house in good condition").
    """
    if state.lemma_.lower() != "leave" or state.pos_ != "VERB":
        return None
    objects = [c for c in state.children if c.dep_ == "dobj"]
    if not objects:
        return None
    return with_conjuncts(objects[0]) if is_person_or_age(objects[0]) else []


def find_aged_remains(doc: Doc) -> Iterator[tuple[int, int, str, int, Token]]:
    """Yield (start, end, "injured", 1, remains) for "A 17-year-old remains in critical
    condition", "A 2-year-old remains hospitalized", "A 3-year-old remains on life support",
    where the parse makes "remains" a noun the age modifies. The span is the age with its
    article ("A 2-year-old"), as the gold writes an age standing for a person."""
    for remains in tokens_with_lower(doc, _REMAINS):
        if remains.pos_ != "NOUN":
            continue
        ages = [c for c in remains.lefts if is_age_modifier(c)]
        if not ages or not _in_care(remains):
            continue
        first = min([ages[0].left_edge.i, *(c.i for c in remains.lefts if c.dep_ == "det")])
        start = doc[first].idx
        end = ages[0].idx + len(ages[0].text)
        yield start, end, "injured", 1, remains


def _in_care(remains: Token) -> bool:
    """ "remains in the hospital", "in critical condition", "on life support" (the misread noun
    heads the clause), or "remains hospitalized" (the noun is the participle's subject)."""
    if remains.dep_ == "nsubj" and remains.head.lemma_.lower() == "hospitalize":
        return True
    if remains.dep_ != "ROOT":
        return False
    for prep in remains.children:
        if prep.dep_ != "prep" or prep.lower_ not in _STAY_PREPOSITIONS:
            continue
        for place in prep.children:
            if place.dep_ != "pobj":
                continue
            if place.lemma_.lower() in CARE_NOUNS:
                return True
            if place.lower_ == "condition" and any(
                c.lower_ in CARE_CONDITION_WORDS for c in place.children
            ):
                return True
            if place.lower_ == "support" and any(c.lower_ == "life" for c in place.children):
                return True
    return False


def is_graze_by_gunfire(verb: Token) -> bool:
    """True for the verb "graze" whose agent, if any, is gunfire: "A girl was grazed", "was
    grazed in the shooting", "was grazed by a bullet"; not "was grazed by a passing car". The
    caller asks it of a passive only ("The cattle grazed" has no agent either)."""
    if verb.lemma_.lower() != "graze" or verb.pos_ != "VERB":
        return False
    return not any(
        c.dep_ == "agent" and not any(o.lemma_.lower() in GUNFIRE_NOUNS for o in c.children)
        for c in verb.children
    )
