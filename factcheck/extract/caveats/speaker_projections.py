"""A speaker's "could" on a verb that sizes the figure is a projection of that size: hedged.

docs/gold-conventions.md "Forecasts and beliefs" (b): a forecaster's expectation, projection or
prediction of a size is hedged, whether the forecaster is an institution, officials, analysts or
a person; "could" with a verb other than "be" only under such a projection. A figure someone
gives in a "could" clause that sizes it is theirs: "outside security researchers said the real
number could exceed 30 million", "An airline official said the number could reach as many as
80", "the anthropologist told reporters that the site could hold between 40 and 60 people"
(tests/wiree, wire2j, wirep golds; wirew, wire2d, wire2f, wire2i, wire2k and tests/corpus
agree; tests/wiref's "losses could reach $90 million if the strike lasts" is the one gold
against), "A source said that Tenney could end up winning by more than ten points" (realgold6
gold). Without a
source the clause is the writer's own statement of what may happen ("could reach 40 percent of
the population by 2050", realgold12 gold: not hedged): no one projects it. The figure must be
what the verb sizes, not its subject ("up to 5 million people could be eligible"), and a span
the act takes ("Repairs could take up to 48 hours") is no size (four wire golds: not hedged).
``forecaster_hedges.py`` does the same for a weather forecaster's "would" and "will".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    PROJECTION_FIGURE_DEPS,
    PROJECTION_SIZE_PREPOSITIONS,
    PROJECTION_SIZE_VERBS,
    SPECULATIVE_MODALS,
)
from factcheck.model import Caveat, CaveatMention, SourceKind

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget


def projected_by_speaker(figure: CaveatTarget) -> CaveatMention | None:
    """The "could ..." of a sourced clause whose size verb the figure sizes, or None."""
    if figure.source.kind is SourceKind.NONE:
        return None
    verb, below = _size_verb(figure.number)
    if verb is None or below is None:
        return None
    modal = _modal_of(verb)
    if modal is None and verb.dep_ == "xcomp":
        modal = _modal_of(verb.head)  # "could end up winning by more than ten points"
    if modal is None or any(c.dep_ == "neg" for c in modal.head.children):
        return None  # "could not reach his two daughters": no size is projected
    return CaveatMention(kind=Caveat.HEDGED, text=f"{modal.text} {modal.head.text}")


def _modal_of(verb: Token) -> Token | None:
    return next(
        (c for c in verb.children if c.dep_ == "aux" and c.lower_ in SPECULATIVE_MODALS), None
    )


def _size_verb(number: Token) -> tuple[Token | None, Token | None]:
    """The first verb above the figure, with the word below it on the figure's path, when that
    verb sizes the figure ("exceed 30 million", "reach as many as 80", "hold between 40 and
    60", "outstrip supply by as much as 3 gigawatts", "account for as much as half"); else
    (None, None)."""
    child = number
    for parent in number.ancestors:
        if parent.pos_ in ("VERB", "AUX"):
            if parent.lemma_.lower() not in PROJECTION_SIZE_VERBS:
                return None, None
            if child.dep_ not in PROJECTION_FIGURE_DEPS:
                return None, None  # the figure is the subject, or in a clause of its own
            if child.dep_ == "prep" and child.lower_ not in PROJECTION_SIZE_PREPOSITIONS:
                return None, None  # "could reach 40 percent by 2050": "by" sets a time
            if child.dep_ == "prep" and any(
                o.ent_type_ in ("DATE", "TIME") for o in child.children
            ):
                return None, None
            return parent, child
        if child.dep_ in ("relcl", "acl", "advcl", "ccomp", "conj", "appos"):
            return None, None  # a clause or phrase of its own below the verb
        child = parent
    return None, None
