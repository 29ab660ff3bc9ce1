"""A multiple set off after an estimated figure restates that estimate: hedged too.

Gold README, hedged ("estimated"): "the service estimated that the fire had burned about 9,800
hectares by Wednesday, roughly twice the area it had mapped a day earlier" (tests/wirej j_2),
"she estimated that volumes grew by around 8% in October, roughly double the rate in value
terms" (tests/wirek k_5), "the stock was estimated at 9,962 kilograms, more than 49 times the
limit" (tests/wiren n_3): three writers hedge the multiple, which is the estimated figure said
again as a multiple of another, no new measurement. Only a multiple ("times", "twice",
"double", "half", a fold word) right after a comma, with no verb between it and the hedged
figure before it in the sentence: "Police estimated 5,000, and organisers said it was three
times that" has a clause of its own, a new claim by another source. And only a hedge over the
estimate's clause ("estimated that ...", "was estimated at"): "killed an estimated 17,800
people, nearly 10 times the number recorded" hedges the 17,800 alone (tests/wiree e_4 gold and
README: "estimated" governs 17,800 only).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from factcheck.extract.lexicon import FOLD_WORDS, MULTIPLE_WORDS, RESTATED_MULTIPLE_WORDS
from factcheck.model import Caveat, CaveatMention

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget

_MULTIPLES = frozenset(MULTIPLE_WORDS) | frozenset(FOLD_WORDS) | RESTATED_MULTIPLE_WORDS
# the words that qualify a multiple before it: "roughly", "more than", "nearly", "about"
_QUALIFIER_DEPS = frozenset({"advmod", "quantmod", "amod", "nummod"})


def add_restated_multiples(
    figures: Sequence[CaveatTarget], found: list[dict[Caveat, CaveatMention]]
) -> None:
    """Give a multiple restating a hedged figure just before it that figure's hedge."""
    for index in range(1, len(figures)):
        number = figures[index].number
        if Caveat.HEDGED in found[index] or not _is_multiple(number):
            continue
        before = _hedged_before(figures, found, index)
        if before is None:
            continue
        earlier = figures[before].number
        hedge = found[before][Caveat.HEDGED]
        if _in_own_phrase(hedge, earlier):
            continue  # "an estimated 17,800 people, nearly 10 times the number recorded"
        start = _phrase_start(number)
        if start.i == 0 or start.nbor(-1).text != ",":
            continue
        between = number.doc[earlier.i + 1 : start.i]
        if any(t.pos_ in ("VERB", "AUX") for t in between):
            continue
        found[index][Caveat.HEDGED] = hedge


def _is_multiple(number: Token) -> bool:
    """ "three times", "double", "twice", "half", "tenfold"."""
    words = {number.lower_} | {c.lower_ for c in number.children if c.dep_ == "quantmod"}
    if number.i + 1 < len(number.doc):
        words.add(number.nbor(1).lower_)
    return bool(words & _MULTIPLES)


def _phrase_start(number: Token) -> Token:
    """The first word of the multiple's phrase: "roughly" in "roughly three times"."""
    first = number
    for child in number.children:
        if child.i < first.i and child.dep_ in _QUALIFIER_DEPS:
            first = min(first, child.left_edge, key=lambda t: t.i)
    return first


def _in_own_phrase(hedge: CaveatMention, number: Token) -> bool:
    """The hedge word modifies the figure's own phrase ("an estimated 17,800")."""
    phrase = number.head if number.dep_ in ("nummod", "quantmod") else number
    owners = {number.i, phrase.i}
    return any(
        t.lower_ == hedge.text.lower() and t.head.i in owners and t.dep_ in ("amod", "advmod")
        for t in number.sent
    )


def _hedged_before(
    figures: Sequence[CaveatTarget], found: list[dict[Caveat, CaveatMention]], index: int
) -> int | None:
    """The nearest hedged figure before ``index`` in its sentence, past a bracketed conversion
    ("about 9,800 hectares (24,200 acres), roughly twice the area")."""
    start = figures[index].number.sent.start
    for before in range(index - 1, -1, -1):
        if figures[before].number.sent.start != start:
            return None
        if Caveat.HEDGED in found[before]:
            return before
    return None
