"""A not-verified cue that names what its figures count: "Campaign aides declined to confirm
the buys" leaves unverified the figures of the buys told earlier ("The initial buys are in
Ohio (around $200,000)"), however far back (gold README, "Caveat scope": a caveat attaches to
the figures it refers to; realgold19 README: "declined to confirm the buys" covers the ad-buy
figures)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from factcheck.extract.lexicon import ANAPHORA, DEFINITE_DETERMINERS, FIGURE_NOUNS, TOLD_NOUNS

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget


def figures_of_named_thing(cue: Token, figures: Sequence[CaveatTarget]) -> list[int]:
    """The earlier figures whose sentence names the thing the cue's object names.

    "declined to confirm the buys": the figures of sentences with "buys" or "buying" (one
    lemma); not an object that is a figure noun or a pronoun (the caveat scope of
    `caveat_attach` reads those), nor an indefinite one ("declined to confirm any deal").
    """
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    if len(objects) != 1:
        return []
    noun = objects[0]
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma in FIGURE_NOUNS | TOLD_NOUNS or noun.lower_ in ANAPHORA:
        return []
    if not any(
        (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) or c.dep_ == "poss"
        for c in noun.children
    ):
        return []
    return [
        i
        for i, figure in enumerate(figures)
        if figure.number.sent.start < cue.sent.start
        and any(_names(t, lemma) for t in figure.number.sent if t.i != figure.number.i)
    ]


def _names(token: Token, lemma: str) -> bool:
    """The word is a form of the object's lemma: "buys", "buy", "buying" for "the buys" (the
    parse may lemmatise "buying" as a noun of its own), "booking" the verb for "the bookings";
    not another word that starts alike ("article" for "the art")."""
    if token.lemma_.lower() == lemma:
        return True
    if lemma.endswith("ing") and token.lemma_.lower() == lemma[:-3]:
        return True  # "the bookings": "according to booking agents" (the verb "book")
    stem = lemma[:-1] if lemma.endswith("e") else lemma  # "hire" -> "hiring"
    return token.lower_ in {f"{lemma}s", f"{lemma}es", f"{stem}ing", f"{stem}ed"}
