"""An inference over a figure hedges it (docs/gold-conventions.md, "'Appears', 'apparently',
'suggest' as hedges"). Pure.

"It appears both were stabbed", "the father appears to have shot three", "early returns
suggest turnout fell about 15 percent": the verb governs a clause or an infinitive, and
``caveat_hedges.hedge_of`` decides whether that clause asserts the figure (not "the three fires
appear to be linked": the figure is in the subject). Not "appeared in 12 films" nor "suggested
three names": no clause, no inference; nor a figure in an adjunct of the inferred clause ("X
appears to have the best odds, according to three polls", "appeared to be locked in a close
race, with the survey finding that 45 percent ...", "Addressing about 100 members, he
suggested that ..."): the inference is about something else.

A witness's impression is read the same way: "It sounded like it was from just one gun", "what
sounded like five gunshots" (a perception verb with a clause or object that "like" opens); and
so is a speaker's own guess set in as an aside ("they shot, I would say, six shots").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.dependents import clause_verb
from factcheck.extract.lexicon import (
    GUESS_ASIDE_MODALS,
    GUESS_ASIDE_SUBJECTS,
    GUESS_ASIDE_VERBS,
    INFERENCE_CLAUSE_DEPS,
    INFERENCE_VERBS,
    PERCEPTION_CLAUSE_MARKS,
    PERCEPTION_VERBS,
)

# Links that hang an adjunct, not an argument, on the inferred clause.
_ADJUNCT_DEPS = frozenset({"prep", "agent", "advcl", "acl", "relcl", "pcomp", "appos"})


def is_inference_over(token: Token, number: Token) -> bool:
    """ "appears"/"suggested" governing a clause or an infinitive that holds the figure as an
    argument, not inside an adjunct; or "sounded"/"looked"/"seemed" whose "like" clause or
    "like" object holds it ("what sounded like five gunshots")."""
    if _is_inference_verb(token):
        for below in [number, *number.ancestors]:
            if below.head.i == token.i:
                return below.dep_ in INFERENCE_CLAUSE_DEPS
            if below.i != number.i and below.dep_ in _ADJUNCT_DEPS:
                return False
        return False
    if _is_perception_verb(token):
        for below in [number, *number.ancestors]:
            if below.head.i == token.i:
                return _like_clause(below) or _like_object(below)
            if below.i != number.i and below.dep_ in _ADJUNCT_DEPS and not _be_predicate(below):
                return False
    return False


def guess_aside(number: Token) -> Token | None:
    """The "say" of "I would say" (or "we'd guess") over the figure: "they shot, I would say,
    six shots", hung on the figure's clause as an aside, read as the figure's own verb or
    governing its clause ("I'd say about 20 people were there"); the speaker guesses."""
    verb = clause_verb(number)
    if verb is None:
        return None
    if _guesses(verb):
        return verb
    if verb.dep_ == "ccomp" and _guesses(verb.head):
        return verb.head  # "I would say about 20 people were there"
    return next((c for c in verb.children if c.dep_ == "parataxis" and _guesses(c)), None)


def _guesses(verb: Token) -> bool:
    """ "I would say", "we'd guess": a guessing verb with "I"/"we" and "would"."""
    if verb.lemma_.lower() not in GUESS_ASIDE_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    modals = [c for c in verb.children if c.dep_ == "aux"]
    return any(s.lower_ in GUESS_ASIDE_SUBJECTS for s in subjects) and any(
        m.lower_ in GUESS_ASIDE_MODALS for m in modals
    )


def _is_inference_verb(token: Token) -> bool:
    """ "appears"/"suggested" governing a clause or an infinitive."""
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in INFERENCE_VERBS:
        return False
    return any(child.dep_ in INFERENCE_CLAUSE_DEPS for child in token.children)


def _is_perception_verb(token: Token) -> bool:
    """ "sounded"/"looked"/"seemed" with a clause or an object that "like" opens."""
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in PERCEPTION_VERBS:
        return False
    return any(_like_clause(c) or _like_object(c) for c in token.children)


def _like_clause(token: Token) -> bool:
    """ "like it was from one gun", "as if three men ran": a clause "like" or "as if" opens."""
    return token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in PERCEPTION_CLAUSE_MARKS for c in token.children
    )


def _like_object(token: Token) -> bool:
    """ "sounded like five gunshots": "like" with its object."""
    return (
        token.dep_ == "prep"
        and token.lower_ == "like"
        and any(c.dep_ == "pobj" for c in token.children)
    )


def _be_predicate(token: Token) -> bool:
    """ "it was from just one gun": the phrase is what "be" says of its subject, not an
    adjunct of the clause."""
    head = token.head
    return (
        token.dep_ == "prep"
        and head.lemma_.lower() == "be"
        and not any(c.dep_ in ("attr", "acomp") for c in head.children)
    )
