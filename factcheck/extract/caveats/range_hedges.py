"""A hedge that reaches a range's upper figure hedges the range (gold README, "hedged"). Pure.

A range is one figure: "She estimated that 40% to 45% of the fleet is uninsured", "the site
could hold between 40 and 60 people", "the unit could fetch between $4 million and $5
million". The parse often hangs the lower figure off "between" or off the upper figure's
unit, where the hedge's path test does not reach it, while the upper figure stands in the
hedged clause (tests/wirey y_5, tests/wirep p_5 and tests/corpus kessler gold, three writers:
the whole range hedged). Only a range the claim itself reads (``Mention.high``), never two
figures of a change ("rose from 4% to 6%": two claims, the first a known level).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.caveats.caveat_hedges import hedge_of
from factcheck.extract.mentions.mentions import Mention
from factcheck.extract.mentions.number_runs import is_number_word
from factcheck.extract.mentions.quantities import is_numeral
from factcheck.model import CaveatMention


def range_high_token(doc: Doc, mention: Mention) -> Token | None:
    """The last number word of a range's upper figure; None for a single figure."""
    if mention.high is None:
        return None
    start, end = mention.high
    numbers = [t for t in doc[start:end] if is_number_word(t) or is_numeral(t)]
    return numbers[-1] if numbers else None


def range_hedge(number: Token, high: Token | None) -> CaveatMention | None:
    """The hedge of a range's upper figure when the lower one has none of its own."""
    if high is None or high.i == number.i:
        return None
    return hedge_of(high)
