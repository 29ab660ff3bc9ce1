"""Ordinary local-news words for a casualty the other rules did not know. Pure.

docs/gold-conventions.md "Vocabulary of casualty shapes (session 29)": "succumbed to his
injuries" and "lost his life" (the subject killed), "the shooting claimed the life of a teen"
(the "of" people killed), "was stabbed" (injured; fatal words make it killed), "was treated and
released" or "treated at the scene" (injured). Each is an implied count as the gold README's
"a man was shot and killed" = 1 killed. Not counted: "succumbed to pressure", "nearly lost his
life", "claimed the life insurance", "stabbed in the back" as betrayal, "treated unfairly".
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.dependents import prep_objects
from factcheck.extract.lexicon import (
    BACKSTAB_LITERAL_WORDS,
    CASUALTY_PERSON_NOUNS,
    HEADLINE_DEATH_PHRASES,
    HEADLINE_OBJECT_OPENERS,
    HEADLINE_VOCAB_CASUALTY,
    LIFE_NOUNS,
    LIFE_TAKING_VERBS,
    NEAR_MISS_ADVERBS,
    RELEASE_VERBS,
    SUCCUMB_TO_NOUNS,
    TREAT_CARE_NOUNS,
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
    16-year-old boy", "took the lives of a mother and her son", "claimed a man's life" (not "claimed the life
    insurance", "took the life of the party"; a modal or negated verb is ``is_unreal``'s)."""
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


def is_backstab(verb: Token) -> bool:
    """ "felt stabbed in the back by his party": the idiom, unless the sentence speaks of a
    blade, a wound or care."""
    if not any(o.lower_ == "back" for o in prep_objects(verb, "in")):
        return False
    return not any(t.lemma_.lower() in BACKSTAB_LITERAL_WORDS for t in verb.sent)


def treated_in_care(verb: Token) -> bool:
    """A passive "treat" of care: "was treated and released", "was treated at the scene",
    "treated at Mercy Hospital" (not "was treated unfairly", "treated to dinner")."""
    if verb.lemma_.lower() != "treat" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ == "conj" and c.lemma_.lower() in RELEASE_VERBS for c in verb.children):
        return True
    places = prep_objects(verb, "at") + prep_objects(verb, "in")
    return any(
        p.lemma_.lower() in TREAT_CARE_NOUNS
        or any(t.lemma_.lower() in TREAT_CARE_NOUNS for t in p.subtree)
        for p in places
    )


def headline_casualty(words: list[str]) -> str | None:
    """The measure a headline's words after its people say, where HEADLINE_PASSIVE_CASUALTY
    does not know the first: "stabbed" (injured), "slain" (killed), "grazed" (shot), "succumbs
    to injuries", "loses life" (killed)."""
    first = words[0].lower().rstrip(",;:")
    if first in HEADLINE_VOCAB_CASUALTY:
        if [w.lower() for w in words[1:4]] == ["in", "the", "back"]:
            return None  # "Senator stabbed in the back by party": the idiom
        if len(words) > 1 and words[1].lower() in HEADLINE_OBJECT_OPENERS:
            # "Man stabbed his wife", "Gunman assassinated the mayor": active, its object the
            # casualty (implvoc), not the people before it
            return None
        return HEADLINE_VOCAB_CASUALTY[first]
    if len(words) < 2 or (first, words[1].lower().rstrip(",;:")) not in HEADLINE_DEATH_PHRASES:
        return None
    if words[1].lower() == "to":
        # "succumbs to injuries", "to gunshot wounds"; not "succumbs to pressure"
        rest = [w.lower().rstrip(",;:") for w in words[2:4]]
        if not any(w.startswith(("injur", "wound")) for w in rest):
            return None
    return "killed"
