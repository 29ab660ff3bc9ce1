""" "One" that counts nothing, and "one" a casualty happened to. Pure.

"one of the largest", "no one", "one another" are idioms (gold README, "What is not a claim"),
and so is the pronoun "one" after an article and an adjective ("a new one", "the other one", "a
separate one Graham filed": realgold3, 7, 8, 19, 30, 31, 32, 50, wired, wire2d, wire2l, wire2n,
wire2w golds, no tuning gold claims it), which the parse may hang on a name after it.
"One died and one is in fair condition", "Two men shot, one fatally", "one of the victims ... was
found dead" count a person the casualty happened to, so they stay claims even where "one" reads
as a pronoun. ``not_claims`` asks ``is_one_casualty`` of the contrasts too ("one ... the
other").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.care_places import to_hospital
from factcheck.extract.lexicon import (
    CASUALTY_PERSON_NOUNS,
    CASUALTY_VERBS,
    HOSPITAL_NAME_WORDS,
    HOSPITAL_VERBS,
    HURT_FEELINGS,
    MODAL_WORDS,
    ONE_CARE_VERBS,
    ONE_CASUALTY_NEXT,
    ONE_IDIOM_NEXT,
    ONE_IDIOM_PREV,
    ONE_PART_BREAKS,
    ONE_PART_CONDITIONS,
    ONE_PART_NEXT,
    ONE_PASSIVE_HARMS,
    ONE_PRONOUN_ARTICLES,
    ONE_PRONOUN_BLOCKERS,
    SPAN_PREPOSITIONS,
)
from factcheck.extract.not_claims.one_partitions import is_one_of_a_partition
from factcheck.extract.subjects.one_casualties import one_harm


def is_one_idiom(token: Token) -> bool:
    """ "one of the largest", "no one", "one another": "one" that counts nothing."""
    doc = token.doc
    prev = doc[token.i - 1] if token.i > 0 else None
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in ONE_IDIOM_NEXT:
        # "In one day, we raised $18,000", "suspended for one day": a span, not "one day"
        # meaning someday (README "Multipliers and spans of time"; realgold3 gold)
        return not (nxt.lower_ == "day" and prev is not None and prev.lower_ in SPAN_PREPOSITIONS)
    if prev is not None and prev.lower_ in ONE_IDIOM_PREV:
        return True
    if _pronoun_after_an_adjective(token, prev, nxt):
        return True  # "a separate one Graham filed", whatever the parse hangs "one" on
    if token.dep_ == "nummod" and token.head.tag_ == "MD":
        return True  # "One need look no further": the generic pronoun the parse hangs on a modal
    return token.dep_ not in ("nummod", "quantmod") and not is_one_casualty(token)


def is_one_casualty(token: Token) -> bool:
    """ "One died and one is in fair condition", "Mass Shooting, One Dead", "one of those
    killed": "one" as a pronoun for a person the casualty happened to counts that person (not
    "one could die", "one said")."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in ONE_CASUALTY_NEXT and token.dep_ != "nsubj":
        return True  # a headline's "One Dead", "leaving one dead"
    if _one_part_of_a_count(token) or is_one_of_a_partition(token):
        return True
    if nxt is not None and nxt.lower_ == "of" and token.i + 3 < len(doc):
        those, word = doc[token.i + 2], doc[token.i + 3]
        if those.lower_ == "those" and word.lemma_.lower() in CASUALTY_VERBS:
            return True  # "one of those killed"
        if any(t.like_num or t.pos_ == "NUM" for t in doc[token.i + 2 : nxt.right_edge.i + 1]):
            return False  # "one of the three victims was killed": the gold counts the three
    verb = token.head
    if token.dep_ == "dobj" and one_harm(token):
        return True  # "killing one and wounding two others", "shot one of the officers"
    if token.dep_ not in ("nsubj", "nsubjpass") or any(
        c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODAL_WORDS for c in verb.children
    ):
        return False
    lemma = verb.lemma_.lower()
    if one_harm(token) or lemma == "shoot" and verb.tag_ == "VBN":
        return True  # "one died", "one was wounded", "One remains hospitalized"
    if lemma in ONE_PASSIVE_HARMS and _harmed_in_body(token, verb):
        return True  # "and one was hurt", "One was stabbed"
    return any(
        c.dep_ in ("acomp", "oprd")
        and c.lower_ == "dead"
        or c.dep_ == "prep"
        and c.lower_ == "in"
        and any(o.lower_ == "condition" and o.children for o in c.children)
        for c in verb.children
    )  # "one is dead", "one was in fair condition"


def _one_part_of_a_count(token: Token) -> bool:
    """ "Two men shot, one fatally", "two women on the porch - one dead, the other hurt", "taken
    to the hospital, one in critical and two in stable condition": "one" after a break that
    parts the people counted before by what happened to each."""
    doc = token.doc
    if token.i == 0 or token.i + 2 >= len(doc) or doc[token.i - 1].text not in ONE_PART_BREAKS:
        return False
    nxt = doc[token.i + 1].lower_
    if nxt == "in":
        return doc[token.i + 2].lower_ in ONE_PART_CONDITIONS
    return nxt in ONE_PART_NEXT


def is_one_of_the_dead(token: Token) -> bool:
    """ "one of the victims, a man in his 60s, was found dead": one of the people counted,
    and the casualty that happened to that one (not "one of the women was found outside")."""
    doc = token.doc
    words = doc[token.i + 1 : min(token.i + 4, token.sent.end)]
    if not words or words[0].lower_ != "of":
        return False
    # who can be a casualty ("one of those patients died"), not only PERSON_NOUNS' victims;
    # the object of "of" past describing words too, where "one" is its verb's subject ("One
    # of the wounded men died"; not "become one of America's most beloved moms" before a
    # death, nor "a father and one of their young sons were shot", counted as a group)
    people = [t for t in words[1:] if _casualty_people(t)]
    if not people and token.dep_ in ("nsubj", "nsubjpass"):
        people = [t for t in words[0].children if t.dep_ == "pobj" and _described_people(t)]
    if not people:
        return False
    # the first verb after the people, the parse may leave without its subject
    verb = next((t for t in doc[people[0].i + 1 : token.sent.end] if t.pos_ == "VERB"), None)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    found_dead = lemma in ("find", "pronounce") and any(c.lower_ == "dead" for c in verb.children)
    return lemma in CASUALTY_VERBS or lemma == "shoot" or found_dead or _in_care(verb)


def _in_care(verb: Token) -> bool:
    """ "one of the victims was taken to a hospital", "was discharged from a hospital", "was
    treated at Mercy Medical Center": care counts the one as hurt (docs/gold-conventions.md,
    vocabulary: "was treated and released"; realgold6 gold)."""
    lemma = verb.lemma_.lower()
    if lemma in HOSPITAL_VERBS:
        return to_hospital(verb)
    return lemma in ONE_CARE_VERBS and any(
        p.dep_ == "prep"
        and p.lower_ in ("from", "at")
        and any(
            o.lemma_.lower() == "hospital"
            or any(c.dep_ == "compound" and c.lower_ in HOSPITAL_NAME_WORDS for c in o.children)
            for o in p.children
        )
        for p in verb.children
    )


def _casualty_people(token: Token) -> bool:
    return token.tag_ == "NNS" and token.lemma_.lower() in CASUALTY_PERSON_NOUNS


def _described_people(noun: Token) -> bool:
    """ "the wounded men", "the teenage victims": casualty people with describing words only,
    no number ("one of the three victims was killed": realgold10 gold counts the three only)
    and no superlative ("one of the most beloved moms")."""
    return _casualty_people(noun) and not any(
        t.like_num or t.pos_ == "NUM" or t.tag_ in ("JJS", "RBS")
        for t in noun.doc[noun.left_edge.i : noun.i]
    )


def _harmed_in_body(token: Token, verb: Token) -> bool:
    """ "One was stabbed", "one was hurt when a car struck the crowd": "one" the passive
    subject of a verb of harm; not "one was hurt by the remark" (feelings)."""
    return (
        verb.tag_ == "VBN"
        and token.dep_ == "nsubjpass"
        and not any(
            c.lower_ == "by" and any(o.lemma_.lower() in HURT_FEELINGS for o in c.children)
            for c in verb.children
        )
    )


def _pronoun_after_an_adjective(token: Token, prev: Token | None, nxt: Token | None) -> bool:
    """ "a separate one Graham filed", "a new one where ...": "one" between an article + an
    adjective and no noun, number or "in"/"of" of its own (not "an additional one million",
    "a mere one percent", "a whopping one vote", "an estimated one in five")."""
    doc = token.doc
    if prev is None or prev.tag_ != "JJ" or token.i < 2:
        return False
    if doc[token.i - 2].lower_ not in ONE_PRONOUN_ARTICLES:
        return False
    if nxt is not None and (
        nxt.pos_ in ("NOUN", "NUM") or nxt.like_num or nxt.lower_ in ONE_PRONOUN_BLOCKERS
    ):
        return False
    return not is_one_casualty(token)
