"""A bare "one" a casualty happened to, and the harm it counts: "killing one and wounding two
others", "Two men were shot. One of them later died", "One suffered a gunshot wound", "One
remains hospitalized" (session 56). Pure.

Such a "one" counts a person (gold README, "Implied counts": killed, injured, shot), so
``not_claims.one_idioms`` keeps it a claim, and what it counts is that harm, with the people it
is one of when they are named ("shot one of the officers": officers shot). Not the noun of an
earlier figure it parallels ("one of them died" after "Two men were shot" is a death, not "men
shot"), nor the clause's own subject ("The gunman shot one": not the gunman).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import (
    CASUALTY_VERBS,
    ONE_HARM_PARTICIPLES,
    ONE_OBJECT_HARMS,
    ONE_STILL_IN_CARE,
    ONE_SUFFER_VERBS,
    ONE_SUFFERED_HARMS,
)


def one_harm(one: Token) -> str:
    """The harm "one" is the object or the subject of ("killed", "injured", "shot"), or ''."""
    verb = one.head
    lemma = verb.lemma_.lower()
    if one.dep_ == "dobj":
        return ONE_HARM_PARTICIPLES.get(lemma, "") if lemma in ONE_OBJECT_HARMS else ""
    if one.dep_ not in ("nsubj", "nsubjpass"):
        return ""
    if lemma in CASUALTY_VERBS:
        return CASUALTY_VERBS[lemma]  # "one died", "one was wounded"
    if lemma in ONE_SUFFER_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ONE_SUFFERED_HARMS for c in verb.children
    ):
        return "injured"  # "One suffered a gunshot wound", "one sustained injuries"
    if lemma in ("remain", "remains") and _in_care(verb):  # the tagger may lemmatise a noun
        return "injured"  # "One remains hospitalized"
    return ""


def one_casualty_subject(figure: Span) -> str:
    """What a bare casualty "one" counts ("killed", "officers shot"), or ''."""
    if len(figure) != 1 or figure[0].lower_ != "one":
        return ""
    harm = one_harm(figure[0])
    return _with_people(figure[0], harm) if harm else ""


def _in_care(remain: Token) -> bool:
    """ "remains hospitalized" as the parse reads it: a complement of "remain", or "remains"
    the auxiliary of the care word."""
    if remain.dep_ in ("aux", "auxpass"):
        return remain.head.lower_ in ONE_STILL_IN_CARE
    return any(
        c.dep_ in ("acomp", "oprd") and c.lower_ in ONE_STILL_IN_CARE for c in remain.children
    )


def _with_people(one: Token, harm: str) -> str:
    """ "one of the officers": the people named after "of" before the harm; not a pronoun."""
    of = next((c for c in one.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    people = (
        next((o for o in of.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
        if of is not None
        else None
    )
    return f"{people.text} {harm}" if people is not None else harm
