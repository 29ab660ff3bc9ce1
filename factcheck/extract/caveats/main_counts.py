"""The main counts of a sentence: its figures that no other figure's phrase holds. Pure.

A singular figure noun that points back to the sentence before ("The number was likely to
rise", "The ministry said the count was provisional") stands for the count that sentence
gives, not a figure inside that count's own phrase: "11,240 people from 12 villages had been
moved" (tests/wire2j j_3 gold: the 11,240 preliminary, not the 12), "139 deaths among suspected
cases in the two provinces, more than half of them children" (tests/wirew w_1 gold: the 139,
not the two or the half). Gold README, "Caveat scope" (a caveat attaches to the figures it
refers to); session 72.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from factcheck.extract.dependents import prep_objects
from factcheck.extract.lexicon import PART_PRONOUNS

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget


def main_counts(figures: Sequence[CaveatTarget], indexes: Sequence[int]) -> list[int]:
    """The indexes of ``indexes`` whose figure no other figure's counted noun holds in its
    phrase and that is no part of a count just given ("more than half of them"); all of them
    when that would leave none."""
    heads = {i: _counted(figures[i].number) for i in indexes}
    main = [
        i
        for i in indexes
        if not _part_of_them(figures[i].number)
        and not any(
            j != i and heads[j].i != figures[i].number.i and _holds(heads[j], figures[i].number)
            for j in indexes
        )
    ]
    return main or list(indexes)


def _part_of_them(number: Token) -> bool:
    """ "more than half of them", "11 of whom": a part of a count its sentence has given."""
    return any(o.lower_ in PART_PRONOUNS for o in prep_objects(number, "of"))


def _counted(number: Token) -> Token:
    """The noun a figure counts: "people" in "11,240 people"; the number itself otherwise."""
    return number.head if number.dep_ == "nummod" else number


def _holds(noun: Token, number: Token) -> bool:
    """The noun's phrase holds the figure: the figure hangs below the noun, not on its verb."""
    return noun.pos_ in ("NOUN", "PROPN") and any(a.i == noun.i for a in number.ancestors)
