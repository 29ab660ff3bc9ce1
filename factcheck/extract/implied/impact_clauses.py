"""People a shot strikes, told by a clause of the firing: "opened fire, fatally striking the
driver", "the same bullet hitting her mother in the head". Pure.

An impact verb ("strike", "hit", "graze") says a shooting only where gunfire does the hitting
(``casualty_measures._hit_by_gunfire``). Two clauses tell that by their place in the parse, with
no "by gunfire" or body part to lean on: a participle clause hung on the act of firing ("opened
fire, striking ...", "fired twice, hitting ...", "began shooting, hitting ...", "sprayed the car
with bullets, hitting ...") and an absolute clause hung on the shot itself ("the same bullet
hitting her mother"). Their object is hurt by the shot: 1 shot, or killed where "fatally" or
"mortally" says so (gold README "Implied counts"; realgold19 gold "fatally striking the male
driver", realgold20 "the same bullet hitting her mother"; an age stands for its person:
"striking a 6-year-old", and "both people" are two, implvoc2). Not "hit the gas", "hitting
things", "struck with a bat": no firing, or not a person.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.implied_people import with_conjuncts
from factcheck.extract.implied.person_shapes import is_age_person
from factcheck.extract.lexicon import (
    CASUALTY_PERSON_NOUNS,
    FIREARM_NOUNS,
    FIRING_VERBS,
    GUNFIRE_NOUNS,
    IMPACT_VERBS,
)


def fired_impact(verb: Token) -> tuple[str, list[Token]] | None:
    """(measure, people) when ``verb`` is a shot striking people in a clause of the firing."""
    if verb.lemma_.lower() not in IMPACT_VERBS or verb.tag_ != "VBG":
        return None
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return None  # "striking him with a bat"
    if not (_on_firing(verb) or _on_shot(verb)):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or not _person(objects[0]):
        return None
    people = with_conjuncts(objects[0])
    fatal = any(c.lower_ in ("fatally", "mortally") for c in verb.children)
    return ("killed" if fatal else "shot"), people


def _on_firing(verb: Token) -> bool:
    """ "opened fire, striking", "fired several shots, hitting", "began shooting, hitting": the
    clause hangs on the act of firing (or on "began" that holds it)."""
    if verb.dep_ not in ("advcl", "xcomp", "conj"):
        return False
    head = verb.head
    heads = [head, *(c for c in head.children if c.dep_ == "xcomp" and c.i < verb.i)]
    return any(_fires(h) for h in heads) or _gun_goes_off(head)


def _gun_goes_off(act: Token) -> bool:
    """ "The gun went off, striking his daughter", "A bullet went through the wall, striking a
    neighbor": the clause's doer is the gun or its shot (impl55; not "The car jumped the curb,
    striking a pedestrian")."""
    return act.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in (GUNFIRE_NOUNS | FIREARM_NOUNS)
        for c in act.children
    )


def _fires(act: Token) -> bool:
    lemma = act.lemma_.lower()
    if act.pos_ != "VERB":
        return False
    if lemma == "open":
        return any(c.dep_ == "dobj" and c.lower_ == "fire" for c in act.children)
    if lemma == "spray":
        # "sprayed the car with bullets, hitting a woman inside" (implvoc2)
        return any(
            c.dep_ == "prep"
            and c.lower_ == "with"
            and any(o.lemma_.lower() in GUNFIRE_NOUNS for o in c.children)
            for c in act.children
        )
    return lemma in FIRING_VERBS


def _on_shot(verb: Token) -> bool:
    """ "the same bullet hitting her mother": the clause hangs on the shot that hits."""
    return verb.dep_ in ("acl", "advcl") and verb.head.lemma_.lower() in GUNFIRE_NOUNS


def _person(token: Token) -> bool:
    """A person noun, a name, an age or "both people": "the male driver", "her mother", "Ann
    Lee", "a 6-year-old"; not a pronoun (the person is named before) nor a thing ("hitting a
    car")."""
    if token.pos_ == "PROPN":
        return token.ent_type_ == "PERSON"
    if token.lower_ == "people" and any(
        c.dep_ == "det" and c.lower_ == "both" for c in token.children
    ):
        return True  # "hitting both people": the two named before (implvoc2)
    if is_age_person(token):
        return True  # "striking a 6-year-old" (implvoc2)
    return token.pos_ == "NOUN" and token.lemma_.lower() in CASUALTY_PERSON_NOUNS
