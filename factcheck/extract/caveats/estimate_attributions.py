"""A figure attributed to an estimate: "according to estimates by X" hedges it. Pure.

Gold README, hedged: "the figure is a belief, estimate or allegation" ("estimated"). Wire copy
names the estimate in the attribution itself: "Ransoms ... averaged about $4 million, according
to estimates by a Nairobi-based consultancy" (tests/wire2c c_5 gold: hedged), "Successive
governments have spent more than $80 billion ..., according to an estimate by parliament's
energy committee" (tests/wire2b b_3 gold: hedged); two writers. ``caveat_sources`` hedges a
figure whose source phrase holds the estimate ("according to United Nations estimates"); the
source finder often keeps only the estimator ("parliament's energy committee"), so the
attribution is read here from the parse: an "according to" on the figure's clause whose object
is an estimate noun (``ATTRIBUTED_ESTIMATE_NOUNS``). The estimate reaches the figure as any
hedge does (``hedge_reaches``): not a known figure of the clause ("the 12 districts"), not one in
a relative clause of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.caveats.hedge_reaches import hedge_reaches
from factcheck.extract.lexicon import ATTRIBUTED_ESTIMATE_NOUNS
from factcheck.model import Caveat, CaveatMention


def estimate_attribution(number: Token) -> CaveatMention | None:
    """The estimate an "according to" on the figure's clause names, as a hedge, or None."""
    phrase_head = number.head if number.dep_ in ("nummod", "quantmod") else number
    for anchor in [number, *number.ancestors]:
        estimate = _according_to_estimate(anchor)
        if estimate is not None and hedge_reaches(number, phrase_head, anchor, estimate):
            return CaveatMention(kind=Caveat.HEDGED, text=f"according to {estimate.text}")
        if anchor.dep_ == "ROOT":
            break
    return None


def _according_to_estimate(anchor: Token) -> Token | None:
    """ "according to estimates by ...": the estimate noun, when the anchor holds the phrase."""
    for prep in anchor.children:
        if prep.dep_ != "prep" or prep.lower_ != "according":
            continue
        for to in prep.children:
            if to.lower_ != "to":
                continue
            for noun in to.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in ATTRIBUTED_ESTIMATE_NOUNS:
                    return noun
    return None
