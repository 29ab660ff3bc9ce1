"""People who share a casualty verb's fate without being its subject: a "both" floating before
the verb ("X and Y were both found dead") and owned companions after "with" ("found dead with
her toddler daughter", "killed with his brother"). Pure.

Split from ``implied_predicates.py``. Not companions: "with a gun", "with his brother's gun".
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from factcheck.extract.implied.implied_people import OWNERS, with_conjuncts
from factcheck.extract.lexicon import CASUALTY_PERSON_NOUNS


def floating_both(verb: Token, people: Sequence[Token]) -> Token | None:
    """The "both" of "X and Y were both found dead", between the people and their verb."""
    return next(
        (
            c
            for c in verb.children
            if c.lower_ == "both"
            and c.dep_ in ("dep", "advmod", "preconj")
            and c.i < verb.i
            and all(p.i < c.i for p in people)
        ),
        None,
    )


def find_companions(verb: Token) -> list[Token]:
    """ "found dead with her toddler daughter", "killed with his brother": owned people after
    "with" share the fate (not "with a gun", "with his brother's gun")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for person in prep.children:
            owner = {c.lower_ for c in person.children if c.dep_ == "poss"}
            if (
                person.dep_ == "pobj"
                and person.lemma_.lower() in CASUALTY_PERSON_NOUNS
                and owner & OWNERS
            ):
                return with_conjuncts(person)
    return []
