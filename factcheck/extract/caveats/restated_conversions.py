"""A conversion in brackets restates the figure before it, hedge and all (gold README, "hedged"). Pure.

Wire copy converts a figure in brackets right after it: "put at an estimated 14.6 billion yuan
($2.05 billion)", "an estimated 1.8 million acres (730,000 hectares)". The bracketed figure is
the same estimate in another unit, so it is as hedged as the figure it restates (tests/wireo
o_2 and tests/wirex x_1 gold, two writers). The hedge often sits in the first figure's own
phrase ("an estimated"), where the path test of ``caveat_hedges`` cannot see it from the
bracket. Only a bracket that opens right after the hedged figure's phrase, nothing but its unit
between: "14.6 billion yuan, up from 9 billion ($1.3 billion)" restates the nearer figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from factcheck.model import Caveat, CaveatMention

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget

# the words a figure's phrase may run on with before its bracket: its unit ("yuan", "acres",
# "barrels"), a scale or a currency sign
_MAX_UNIT_WORDS = 3
# the words inside a bracket before the number: "$", "US$", "about"
_MAX_LEAD_WORDS = 3


def add_restated_conversions(
    figures: Sequence[CaveatTarget], found: list[dict[Caveat, CaveatMention]]
) -> None:
    """Give a bracketed conversion the hedge of the hedged figure it restates."""
    for index in range(1, len(figures)):
        if Caveat.HEDGED in found[index]:
            continue
        before = index - 1
        hedge = found[before].get(Caveat.HEDGED)
        if hedge is None:
            continue
        bracket = _opening_bracket(figures[index].number)
        if bracket is not None and _right_after(figures[before].number, bracket):
            found[index][Caveat.HEDGED] = hedge


def _opening_bracket(number: Token) -> Token | None:
    """The "(" the figure's bracket opens with, only signs and number words between."""
    doc = number.doc
    i = number.i
    for _ in range(_MAX_LEAD_WORDS + 2):
        i -= 1
        if i < 0:
            return None
        token = doc[i]
        if token.text == "(":
            return token
        if token.is_punct or token.pos_ in ("VERB", "AUX", "NOUN", "PROPN", "ADJ"):
            if not (token.like_num or token.pos_ == "NUM" or token.is_currency):
                return None
    return None


def _right_after(number: Token, bracket: Token) -> bool:
    """The bracket opens right after the figure's phrase: its unit words only between."""
    between = number.doc[number.i + 1 : bracket.i]
    if len(between) > _MAX_UNIT_WORDS:
        return False
    return all(not t.is_punct and t.pos_ not in ("VERB", "AUX", "ADP", "CCONJ") for t in between)
