"""The level a figure changed from: "up from 56 percent", "down from 1,200". Pure.

A starting level is no part of the count or the estimate beside it: "turnout stood at about 61
percent, up from 56 percent at the last vote" (tests/corpus d2_election gold: the 61
preliminary, the 56 not), "turnout was estimated at 71%, up from 64.8% at the last election"
(tests/wireb b_2 gold: the 71% hedged, the 64.8% not), as docs/gold-conventions.md "Forecasts
and beliefs" leaves "the starting level of a forecast change" unhedged.
"""

from __future__ import annotations

from spacy.tokens import Token

_CHANGE_ADVERBS = frozenset({"up", "down"})


def starting_level(number: Token) -> bool:
    """The figure is the object of "up from" / "down from"."""
    return any(t.lower_ == "from" and t.head.lower_ in _CHANGE_ADVERBS for t in number.ancestors)
