"""A figure a speaker guesses at with "maybe" or "perhaps" right before it: hedged. Pure.

Gold README, "hedged": the figure is an estimate; docs/gold-conventions.md "Forecasts and
beliefs" (d): a guess at a size is hedged. "maybe 200 in our coach alone", "I was stuck for
maybe 20 minutes", "under maybe five or six people", "missed perhaps four out of five heat
deaths", "getting maybe $10 to $15 a barrel less" (tests/wirew w_2, wirex x_3, wireo o_4,
wiree e_4, wirey y_5 gold: five writers). Only the adverb right before the figure's own words:
"Most striking, perhaps, is that she led by 12 points" weighs the writer's judgment, not the
figure (session 46: as hedge lemmas anywhere in the clause the two words were wrong as often as
right), so they stay out of ``HEDGE_LEMMAS``.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import GUESS_ADVERBS, GUESS_FIGURE_JOINERS
from factcheck.model import Caveat, CaveatMention

# how far back the figure's own words may run before the adverb: "perhaps four out of five"
_MAX_FIGURE_WORDS = 6


def guess_adverb(number: Token) -> CaveatMention | None:
    """The "maybe"/"perhaps" standing right before the figure's words, else None."""
    doc = number.doc
    i = number.i
    for _ in range(_MAX_FIGURE_WORDS):
        i -= 1
        if i < 0:
            return None
        token = doc[i]
        if token.lower_ in GUESS_ADVERBS:
            return CaveatMention(kind=Caveat.HEDGED, text=token.text)
        if not (
            token.like_num
            or token.pos_ == "NUM"
            or token.is_currency
            or token.lower_ in GUESS_FIGURE_JOINERS
        ):
            return None
    return None
