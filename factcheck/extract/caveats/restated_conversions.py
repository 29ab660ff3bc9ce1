"""A conversion in brackets restates the figure before it, hedge and verification caveat and all
(gold README, "hedged", "not_independently_verified"). Pure.

Wire copy converts a figure in brackets right after it: "put at an estimated 14.6 billion yuan
($2.05 billion)", "an estimated 1.8 million acres (730,000 hectares)". The bracketed figure is
the same estimate in another unit, so it is as hedged as the figure it restates (tests/wireo
o_2 and tests/wirex x_1 gold, two writers). The hedge often sits in the first figure's own
phrase ("an estimated"), where the path test of ``caveat_hedges`` cannot see it from the
bracket. Only a bracket that opens right after the hedged figure's phrase, nothing but its unit
between: "14.6 billion yuan, up from 9 billion ($1.3 billion)" restates the nearer figure.

A figure that could not be checked cannot be checked in another unit either: every gold of the
tuning sets that gives the figure before a bracket ``not_independently_verified`` gives it its
conversions too (tests/wiref f_2 and f_4, tests/wireg g_5, tests/wiren n_3, tests/wireo o_2,
tests/wire2n n_5, tests/wire2s s_3: seven writers, none against; session 72). A bracket may hold
two conversions ("412 billion naira ($270m; £210m)"): the second restates the same figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from factcheck.extract.lexicon import SCALE_WORDS
from factcheck.model import Caveat, CaveatMention

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget

# the words a figure's phrase may run on with before its bracket: its unit ("yuan", "acres",
# "barrels"), a scale or a currency sign
_MAX_UNIT_WORDS = 3
# the words inside a bracket before the number: "$", "US$", "about"
_MAX_LEAD_WORDS = 3
# the caveats a conversion takes from the figure it restates
_RESTATED_KINDS = (Caveat.HEDGED, Caveat.NOT_INDEPENDENTLY_VERIFIED)
# what separates two conversions in one bracket: "($270m; £210m)", "($5.1m, £4m)"
_CONVERSION_SEPARATORS = frozenset({";", ",", "/"})


def add_restated_conversions(
    figures: Sequence[CaveatTarget], found: list[dict[Caveat, CaveatMention]]
) -> None:
    """Give a bracketed conversion the hedge and the verification caveat of the figure it
    restates."""
    restates: dict[int, int] = {}  # a conversion's index -> the index of the figure restated
    for index in range(1, len(figures)):
        before = index - 1
        bracket = _opening_bracket(figures[index].number)
        if bracket is not None and _right_after(figures[before].number, bracket):
            restates[index] = before
        elif before in restates and _next_in_bracket(figures[before].number, figures[index].number):
            restates[index] = restates[before]  # "($270m; £210m)": the same figure again
    for index, restated in restates.items():
        for kind in _RESTATED_KINDS:
            mention = found[restated].get(kind)
            if mention is not None:
                found[index].setdefault(kind, mention)


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


def _next_in_bracket(previous: Token, number: Token) -> bool:
    """ "($270m; £210m)": the figure follows a conversion in its bracket, a separator and signs
    only between, and the bracket is still open."""
    between = number.doc[previous.i + 1 : number.i]
    if not any(t.text in _CONVERSION_SEPARATORS for t in between):
        return False
    return all(
        t.text in _CONVERSION_SEPARATORS
        or t.is_currency
        or (not t.is_punct and t.pos_ == "SYM")
        or t.lower_ in SCALE_WORDS  # "$270m" is "$", "270", "m"
        for t in between
    )
