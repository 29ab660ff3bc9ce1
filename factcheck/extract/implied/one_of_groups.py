"""A person said to be one of a casualty group: "Her adult son was one of the people injured",
"A clerk was one of three people shot", "the teen, who was one of those killed". Pure.

Session 54 (impl54), vocabulary of the session-29 ruling (docs/gold-conventions.md,
"Vocabulary of casualty shapes"): "X was one of the people injured" says of X what "X was
among those injured" says (``casualty_groups.among_casualties``; realgold5, realgold12,
realgold14 golds count each person placed in the group, and realgold19's gold counts "his
adult nephew was one of the people injured" as 1 injured). The group's own figure ("three")
stays a claim of its own. Not counted: "one of the victims" (which may only be asked, as
"among the victims"), a pronoun ("he was one of ...": counted where named), a name (read by
the rules of named victims), or "could be one of those killed".
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.casualty_measures import is_unreal, measure_of
from factcheck.extract.implied.implied_people import with_conjuncts
from factcheck.extract.lexicon import CASUALTY_GROUP_MEASURES, THOSE_CASUALTY_WORDS


def one_of_casualties(one: Token) -> tuple[str, list[Token], bool] | None:
    """(measure, people, passive) when ``one`` places the subject of "be" in a casualty
    group ("was one of the people injured"), else None."""
    if one.lower_ != "one" or one.dep_ != "attr":
        return None
    verb = one.head
    if verb.lemma_.lower() != "be" or is_unreal(verb):
        return None
    group = next(
        (g for p in one.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children),
        None,
    )
    if group is None or group.dep_ != "pobj":
        return None
    measure = _group_measure(group, one)
    if measure is None:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].pos_ == "PROPN":
        return None
    person = subjects[0]
    if person.pos_ == "PRON" and person.tag_ not in ("WP", "WDT"):
        return None  # "he was one of ...": the person is counted where named
    return measure, with_conjuncts(person), True


def _group_measure(group: Token, one: Token) -> str | None:
    """What happened to the group: "the dead", "the wounded", "the people injured", "three
    people shot", "those killed"; not "the victims" alone."""
    if group.lower_ in CASUALTY_GROUP_MEASURES and group.lower_ != "victims":
        return CASUALTY_GROUP_MEASURES[group.lower_]
    # "one of three people shot": the parse may hang the participle on "one"
    after = [c for c in one.children if c.i > group.i]
    done = [c for c in [*group.children, *after] if c.dep_ == "acl" and c.tag_ == "VBN"]
    if done:
        return measure_of(done[0], done[0].lemma_.lower())
    if any(c.dep_ == "det" and c.lower_ == "those" for c in group.children):
        # "one of those shot": the tagger makes "shot" a noun with "those" its determiner
        return THOSE_CASUALTY_WORDS.get(group.lower_)
    return None
