"""The last shape ``implied_predicates.casualty_predicate`` asks: a casualty verb's own measure
("killed", "wounded", "shot") and the people it counts, with a death told later in the clause
("was shot Saturday and died at the hospital") turning a wound into a death. Pure.

Split from ``implied_predicates.py`` (session 56, at its 400-line limit): that module tries the
shapes a casualty is said in (multiples, states, care, wounds, vocabulary rounds) first; a token
none of them reads ends here.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.casualty_measures import measure_of
from factcheck.extract.implied.counted_by_verb import counted_by_verb
from factcheck.extract.implied.impact_clauses import fired_impact
from factcheck.extract.implied.implied_people import with_conjuncts
from factcheck.extract.implied.later_deaths import dies_after, dies_in_clause, dying_clause_subjects
from factcheck.extract.implied.left_states import paralyzed_people
from factcheck.extract.implied.misread_relatives import (
    misread_relative_died,
    misread_relative_person,
)
from factcheck.extract.implied.shared_fates import floating_both


def verb_measure_predicate(token: Token, lemma: str) -> tuple[str, list[Token], bool] | None:
    """(measure, people, passive) of a casualty verb ("A man was shot", "killed two people"), or
    of the people a shot strikes ("opened fire, fatally striking the driver"), else None."""
    measure = measure_of(token, lemma)
    if measure is None:
        paralyzed = paralyzed_people(token)
        if paralyzed:
            return "injured", paralyzed, True  # "Shots rang out. A man was paralyzed" (impl56b)
        return _struck_by_firing(token)
    passive, people = counted_by_verb(token)
    dying = dying_clause_subjects(token)
    if dying:
        # "The driver crashed into a pole, losing his life": the main clause's subject (vocab37)
        passive, people = True, with_conjuncts(dying[0])
    if measure != "killed" and (
        ([p.i for p in people] == [token.head.i] and dies_after(token))
        or dies_in_clause(token)
        or (misread_relative_person(token) is not None and misread_relative_died(token))
    ):
        # "A man who was shot Saturday died at the hospital", "was shot, losing his life"
        measure = "killed"
    both = None if people else floating_both(token, [])
    if both is not None and any(c.dep_ == "auxpass" for c in token.children):
        return measure, [both], True  # "... were both found dead": the parse lost the subject
    return (measure, people, passive) if people else _struck_by_firing(token)


def _struck_by_firing(verb: Token) -> tuple[str, list[Token], bool] | None:
    """ "opened fire, fatally striking the driver", "the same bullet hitting her mother": the
    people a shot strikes, as a passive's ("the driver was struck"; impact_clauses.py)."""
    struck = fired_impact(verb)
    return (struck[0], struck[1], True) if struck else None


def harm_told_below(verb: Token) -> bool:
    """A clause under ``verb`` says how the person was hurt ("was released from the hospital
    after being shot"): that verb's own measure counts them, not the release."""
    return any(
        t.pos_ == "VERB" and measure_of(t, t.lemma_.lower()) is not None
        for c in verb.children
        if c.dep_ in ("advcl", "prep")  # not a joined clause: "..., but the men who shot"
        for t in c.subtree
    )
