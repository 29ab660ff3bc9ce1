"""Figures an estimate noun hedges: "His cost estimates have been between $8 billion and $12
billion", "the $2 billion average estimate", "a projection shows that the share could fall to
under a third", "Trump estimates that he spent $45 million" (gold README, "hedged"). Pure.

The estimate is the subject of the figure's verb, the noun the figure sizes, the noun whose
content clause holds the figure, or a hedging verb the parse misreads as a noun after its name
(``misread_verbs``). A figure in someone's possession ("Clinton's 3-point lead") is known, not
estimated.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.caveats.hedge_reaches import hedge_reaches, noun_of
from factcheck.extract.dependents import clause_verb
from factcheck.extract.lexicon import HEDGE_LEMMAS, HEDGE_SUBJECT_NOUNS
from factcheck.extract.sources.misread_verbs import misread_verb_source


def _possessed(number: Token) -> bool:
    """ "Clinton's 3-point lead": the figure's phrase belongs to someone."""
    head = number.head if number.dep_ in ("nummod", "quantmod", "compound", "amod") else number
    return any(c.dep_ == "poss" for c in head.children)


def _sizes_its_own_figure(subject: Token) -> bool:
    """ "An estimated 3,000 people fled the town in the 48 hours after the quake": "estimated"
    sizes the subject's own figure, it makes no estimate of the clause's other figures (the
    window "48 hours" is known; tests/wirea a_1 gold: "an estimated 12,500 people fled ... in
    the 24 hours after", only the 12,500 hedged). "The estimated cost is $5 million": the
    subject has no figure of its own, so the estimate is the figure's; a figure inside the
    subject's phrase ("30,000 hectares (74,000 acres)") is the estimated one restated."""
    return any(c.dep_ == "nummod" for c in subject.children)


def misread_hedge_verb(path: list[Token]) -> Token | None:
    """ "Trump estimates that he spent $45 million": a hedging verb the parse reads as a noun
    after its name still hedges the figure it reports (misread_verbs.py; realgold10 gold)."""
    return next(
        (
            t
            for t in path[1:]
            if t.lemma_.lower() in HEDGE_LEMMAS and misread_verb_source(t) is not None
        ),
        None,
    )


def estimate_as_subject(path: list[Token]) -> Token | None:
    """ "His cost estimates have been between $8 billion and $12 billion", "The estimated cost
    is $5 million", "Projections show a deficit of $9 billion": an estimate is the subject of
    the figure's verb."""
    for depth, token in enumerate(path[1:]):
        # "Estimates by the county put the damage at $3 million": a verb the figure is an
        # argument of, not one whose object only holds the figure deep inside ("estimates show
        # the vote in line with Clinton's 3-point lead")
        if token.pos_ not in ("VERB", "AUX"):
            continue
        if token.lemma_.lower() != "be" and (depth > 2 or _possessed(path[0])):
            return None
        for subject in token.children:
            if subject.dep_ not in ("nsubj", "nsubjpass"):
                continue
            words = [subject, *(c for c in subject.children if c.dep_ in ("amod", "compound"))]
            if _sizes_its_own_figure(subject) and subject not in path:
                words = [subject]  # "an estimated 3,000 people fled in the 48 hours after"
            for word in words:
                if word.lemma_.lower() in HEDGE_SUBJECT_NOUNS or word.lower_ in HEDGE_SUBJECT_NOUNS:
                    return word
        return None
    return None


def estimate_states(number: Token, phrase_head: Token) -> Token | None:
    """The figure is what an estimate noun states: "the $2 billion average estimate" (the
    figure sizes the estimate), "a projection shows that the share could fall to under a
    third" (the estimate says the figure's clause), "the assumption that he needs at least 60
    million votes", "it's a fair assumption that ..." (the clause is the assumption)."""
    noun = noun_of(number)
    if noun.i != number.i and noun.lemma_.lower() in HEDGE_SUBJECT_NOUNS:
        return noun
    clause = clause_verb(number)
    if clause is None or _possessed(number):
        return None
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    frame = clause.head
    if clause.dep_ == "acl" and marks == {"that"}:
        candidates = [frame]  # "the assumption that ...": the noun's own content clause
    elif clause.dep_ == "ccomp" or (clause.dep_ == "advcl" and marks == {"that"}):
        candidates = list(frame.children)
    else:
        return None  # "the forecast was cut after 40 stores closed": no content of it
    for noun in candidates:
        if noun.lemma_.lower() not in HEDGE_SUBJECT_NOUNS or noun.pos_ != "NOUN":
            continue
        # the estimate says the clause ("projections show that ..."), is what "it" is ("it's an
        # assumption that ..."), or holds it ("the assumption that ..."): not an estimate the
        # clause only mentions
        says = noun.dep_ in ("nsubj", "nsubjpass") or noun.i == frame.i
        is_it = noun.dep_ == "attr" and any(
            c.dep_ in ("nsubj", "expl") and c.lower_ in ("it", "this") for c in frame.children
        )
        if (says or is_it) and hedge_reaches(number, phrase_head, frame, noun):
            return noun
    return None
