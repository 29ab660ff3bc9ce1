"""A weather forecaster's figure in a clause that looks ahead is a forecast: hedged.

docs/gold-conventions.md "Forecasts and beliefs" (b): a forecaster's expectation, projection or
prediction of a size is hedged, "could" with a verb other than "be" only under a forecaster's
projection. Wire copy on storms and heat gives the weather service's forecast as what it said
would or could happen: "Forecasters said the storm could still dump more than 200 millimetres
of rain in 24 hours" (tests/wireg g_1 gold: all three figures hedged), "The weather office said
the heatwave would persist for at least three more days" (tests/wiren n_2 gold), "Forecasters
warned that another storm could bring up to 250 millimetres" (tests/wireo o_2 gold). Only a
forecaster source (its words in ``FORECASTER_SOURCE_WORDS``) and a modal that looks ahead on a
verb between the figure and the reporting verb: "the weather office said 47.8 C was recorded
on Monday" is a measurement, no forecast.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.extract.lexicon import FORECASTER_SOURCE_WORDS, FORWARD_MODALS
from factcheck.model import Caveat, CaveatMention

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget

_WORD_RE = re.compile(r"[\w'’-]+")


def forecast_by_forecaster(figure: CaveatTarget) -> CaveatMention | None:
    """The modal of a forecaster's look-ahead clause that holds the figure, or None."""
    words = {w.lower() for w in _WORD_RE.findall(figure.source.text)}
    if (
        not words & FORECASTER_SOURCE_WORDS
        and not {w.removesuffix("s") for w in words} & FORECASTER_SOURCE_WORDS
    ):
        return None
    for verb in figure.number.ancestors:
        modal = next(
            (c for c in verb.children if c.dep_ == "aux" and c.lower_ in FORWARD_MODALS), None
        )
        if modal is None and verb.dep_ == "conj":
            # "would weaken by Wednesday, but could still dump more than 200 mm": the conjunct
            # has its own modal; "would weaken ... and dump": the first verb's
            modal = next(
                (c for c in verb.head.children if c.dep_ == "aux" and c.lower_ in FORWARD_MODALS),
                None,
            )
        if modal is not None:
            return CaveatMention(kind=Caveat.HEDGED, text=modal.text)
        if verb.dep_ in ("ROOT",) or verb.lemma_.lower() in ("say", "warn", "forecast"):
            return None  # the reporting verb: the figure's clause had no look-ahead modal
    return None
