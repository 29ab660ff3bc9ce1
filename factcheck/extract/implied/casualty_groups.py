"""People placed in a casualty group: listed after "including" ("wounded four people, including a
woman"), placed "among" it ("her cousin was among those killed"), or summed up by a quantified
relative clause ("found a man and a boy, both of whom had been shot"). Pure.

Split from ``implied_predicates.py``. Not counted: "Family members, including a boy" (the group
names no casualty), "among the victims" (which may only be asked). imp62: "among those hurt", "among the people
shot", "among those who died" as "among those killed".
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.among_headlines import headline_among
from factcheck.extract.implied.casualty_measures import is_unreal, measure_of
from factcheck.extract.implied.implied_people import (
    is_indefinite,
    is_noun_or_person,
    with_conjuncts,
)
from factcheck.extract.implied.person_shapes import is_age_word
from factcheck.extract.lexicon import (
    CASUALTY_GROUP_MEASURES,
    CASUALTY_PERSON_NOUNS,
    INTRANSITIVE_CASUALTY_VERBS,
    RELATIVE_QUANTIFIED,
    RELATIVE_QUANTIFIERS,
    THOSE_CASUALTY_WORDS,
)


def is_quantified_relative(clause: Token) -> bool:
    """A relative clause whose subject is "both of whom", "all of them", on a person noun."""
    head = clause.head
    if head.lemma_.lower() not in CASUALTY_PERSON_NOUNS or not is_noun_or_person(head):
        return False
    for subject in clause.children:
        if subject.dep_ in ("nsubj", "nsubjpass") and subject.lower_ in RELATIVE_QUANTIFIERS:
            return any(
                p.lower_ == "of" and any(g.lower_ in RELATIVE_QUANTIFIED for g in p.children)
                for p in subject.children
            )
    return False


# the groups a participle or a relative clause says the casualty of: "among those killed",
# "among the people shot", "among the ones hurt"
_DONE_TO_GROUPS = frozenset({"those", "people", "ones"})


def _group_done(group: Token) -> str | None:
    """What a group's participle or relative clause says was done to it: "those killed",
    "those hurt" (a participle "hurt" has no "were" of its own), "those who died", "the people
    who were shot" (imp62)."""
    done = [c for c in group.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if done:
        lemma = done[0].lemma_.lower()
        return measure_of(done[0], lemma) or ("injured" if lemma == "hurt" else None)
    clauses = [
        c
        for c in group.children
        if c.dep_ == "relcl"
        and any(g.dep_ in ("nsubj", "nsubjpass") and g.tag_ == "WP" for g in c.children)
    ]
    if not clauses or is_unreal(clauses[0]):
        return None
    return measure_of(clauses[0], clauses[0].lemma_.lower())


def included_casualties(token: Token) -> tuple[str, list[Token], bool] | None:
    """The people listed as some of a casualty count or group: "wounded four people, including
    a woman", "four others were injured, including a baby", "The dead include a 19-year-old
    woman, a 30-year-old man and ..." (one claim for the list; not "Family members, including
    a boy", whose group names no casualty)."""
    if token.dep_ == "prep":  # "including"
        people = [c for c in token.children if c.dep_ == "pobj"]
        group = token.head
        verb = group.head if group.pos_ in ("NOUN", "PRON") else group
        measure = measure_of(verb, verb.lemma_.lower()) if group.dep_ != "nsubj" else None
        if group.pos_ in ("NOUN", "PRON") and group.dep_ not in ("dobj", "nsubjpass", "nsubj"):
            return None
        if group.dep_ == "nsubj" and verb.lemma_.lower() in INTRANSITIVE_CASUALTY_VERBS:
            measure = measure_of(verb, verb.lemma_.lower())  # "four died, including a baby"
    elif token.pos_ == "VERB" and token.lemma_.lower() == "include":
        groups = [c for c in token.children if c.dep_ == "nsubj"]
        people = [c for c in token.children if c.dep_ == "dobj"]
        measure = CASUALTY_GROUP_MEASURES.get(groups[0].lower_) if groups else None
        if measure is None and groups and groups[0].lower_ == "those":
            # "Those killed included a 5-year-old boy" (implwide), as "among those killed"
            done = [c for c in groups[0].children if c.dep_ == "acl" and c.tag_ == "VBN"]
            measure = measure_of(done[0], done[0].lemma_.lower()) if done else None
    else:
        return None
    if measure is None or not people or not is_indefinite(people[0]):
        return None
    return measure, with_conjuncts(people[0]), True


def among_casualties(among: Token) -> tuple[str, list[Token], bool] | None:
    """The people "be" places among a casualty group: "her cousin was among those killed",
    "X and Y are reported to be among the three killed", "was among the dead" (realgold5,
    realgold12, realgold14 golds: each person named or described is counted, the group's
    own figure a claim of its own); not "among the victims", which may only be asked."""
    verb = among.head
    placed = headline_among(among)
    if placed is not None:
        return placed[0], [placed[1]], True  # "Teen among 2 killed in ..." (among_headlines.py)
    if verb.lemma_.lower() != "be" or is_unreal(verb):
        return None
    group = next((c for c in among.children if c.dep_ == "pobj"), None)
    if group is None:
        return None
    measure = CASUALTY_GROUP_MEASURES.get(group.lower_) if group.lower_ != "victims" else None
    if measure is None and (group.lower_ in _DONE_TO_GROUPS or group.like_num):
        measure = _group_done(group)
    if measure is None and any(c.dep_ == "det" and c.lower_ == "those" for c in group.children):
        # "was among those shot": the tagger makes "shot" a noun with "those" its determiner
        measure = THOSE_CASUALTY_WORDS.get(group.lower_)
    if measure is None:
        return None
    # "are reported to be among": the subject is the reporting verb's
    holder = verb.head if verb.dep_ == "xcomp" else verb
    subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and among.i < verb.i:
        # "Among the dead was a 7-year-old girl": inverted, the parse calls the one placed the
        # attribute (impl41)
        subjects = [c for c in verb.children if c.dep_ == "attr" and c.i > verb.i]
        # "Among the dead was a 7-year-old": the parse calls the age an acomp (implwide)
        subjects = subjects or [
            c for c in verb.children if c.dep_ == "acomp" and c.i > verb.i and is_age_word(c)
        ]
    return (measure, with_conjuncts(subjects[0]), True) if subjects else None
