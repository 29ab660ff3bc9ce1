"""A figure that measures how much likelier one group is than another is no hedge.

Gold README, hedged: "the figure is a belief, estimate or allegation" ("believed to", "likely"
on a size, docs/gold-conventions.md "Forecasts and beliefs" (c)). In "Men who worked outdoors
were 2.4 times as likely to die as men who worked indoors" or "a child ... is up to 11 times
more likely to die" the figure is the measured ratio of two risks, a finding: "likely" names
the quantity compared, it guesses at no size (tests/wiree e_4 and tests/wirek k_3 golds, two
writers: not hedged; session 66). "The repairs will likely cost $3 million" stays hedged: there
the figure is what "likely" guesses, not the measure of a comparison.

The figure, or the phrase it measures, modifies "likely" as the measure of a comparative ("2.4
times as likely", "twice as likely", "30 percent more likely", "half as likely").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import LIKELIHOOD_COMPARATIVES, LIKELIHOOD_WORDS

_MEASURE_DEPS = frozenset({"npadvmod", "advmod", "nummod", "quantmod"})


def compares_likelihood(hedge: Token, number: Token) -> bool:
    """The hedge word is "likely" (or "likelier") compared, and the figure measures the
    comparison: "2.4 times as likely", "up to 11 times more likely"."""
    if hedge.lower_ not in LIKELIHOOD_WORDS:
        return False
    if (
        not any(
            c.dep_ in ("advmod", "amod") and c.lower_ in LIKELIHOOD_COMPARATIVES
            for c in hedge.children
        )
        and hedge.lower_ == "likely"
    ):
        return False
    below = number
    for ancestor in number.ancestors:
        if ancestor.i == hedge.i:
            return below.dep_ in _MEASURE_DEPS
        if ancestor.pos_ in ("VERB", "AUX"):
            return False  # the figure sits in a clause of its own
        below = ancestor
    return False
