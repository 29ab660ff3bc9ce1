"""How local news says a death without "killed" or "died": "succumbed to his injuries", "lost
his life", "the shooting claimed the life of a teen", "claimed a man's life", "was beaten to
death", "was strangled to death". Pure.

Gathered from the vocabulary rounds (docs/gold-conventions.md "Vocabulary of casualty shapes
(session 29)": vocab36 ``casualty_vocab.py``, implvoc ``casualty_vocab7.py``): each is an
implied count as the gold README's "a man was shot and killed" = 1 killed. A death told after a
harm of the same person ("who was shot Saturday died") is ``later_deaths.py``'s. Not a death:
"succumbed to pressure", "nearly lost his life", "lost his life savings", "claimed the life
insurance", "took the life of the party", "bored to death", "scared to death".
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.dependents import prep_objects
from factcheck.extract.lexicon import (
    CASUALTY_PERSON_NOUNS,
    DEATH_MANNER_VERBS,
    LIFE_NOUNS,
    LIFE_TAKING_VERBS,
    NEAR_MISS_ADVERBS,
    SUCCUMB_TO_NOUNS,
)


def says_death(verb: Token, lemma: str) -> bool:
    """ "succumbed to his injuries", "lost his life", "lost their lives": the subject died
    (not "succumbed to pressure", "nearly lost his life", "lost his life savings")."""
    if lemma == "succumb":
        return any(o.lemma_.lower() in SUCCUMB_TO_NOUNS for o in prep_objects(verb, "to"))
    if lemma != "lose" or any(c.lower_ in NEAR_MISS_ADVERBS for c in verb.children):
        return False
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in LIFE_NOUNS
        # "his life", "their lives", not "a life of crime" or "the life of the party"
        and any(g.dep_ == "poss" for g in c.children)
        and not any(g.dep_ == "prep" for g in c.children)
        for c in verb.children
    )


def lives_taken(verb: Token) -> Token | None:
    """The first person whose life a verb claimed or took: "the shooting claimed the life of a
    16-year-old boy", "took the lives of a mother and her son", "claimed a man's life" (not
    "claimed the life insurance", "took the life of the party"; a modal or negated verb is
    ``is_unreal``'s)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in LIFE_TAKING_VERBS:
        return None
    for life in verb.children:
        if life.dep_ != "dobj" or life.lemma_.lower() not in LIFE_NOUNS:
            continue
        for person in prep_objects(life, "of"):
            if person.lemma_.lower() in CASUALTY_PERSON_NOUNS or person.ent_type_ == "PERSON":
                return person
            if person.lower_ == "old" and person.i > 0 and person.nbor(-1).text == "-":
                return person  # "the life of a 16-year-old"
        # "The shooting claimed a man's life" (implwide): the owner, a person noun or name
        # (not "took his own life": a pronoun, suicides.py)
        for person in life.children:
            if person.dep_ == "poss" and (
                person.lemma_.lower() in CASUALTY_PERSON_NOUNS
                and person.pos_ == "NOUN"
                or person.ent_type_ == "PERSON"
            ):
                return person
    return None


def beaten_to_death(verb: Token) -> bool:
    """ "A man was beaten to death", "strangled her to death": a verb of violence whose result
    is "to death" (not "was beaten by the incumbent", "was bored to death")."""
    if verb.lemma_.lower() not in DEATH_MANNER_VERBS or verb.pos_ != "VERB":
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(o.dep_ == "pobj" and o.lower_ == "death" for o in c.children)
        for c in verb.children
    )
