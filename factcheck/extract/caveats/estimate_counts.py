"""A figure that counts estimates or the people who make them is no estimate. Pure.

Gold README, "hedged": the figure is a belief, estimate or allegation. "according to the median
of 14 estimates", "The median forecast of 15 economists had been for a cut of 250 basis points",
"a 2.9% rise forecast in a Reuters poll of 31 economists": the 14 and the 15 count the
forecasts and their makers, known from the poll; what is estimated is the rate, the cut
(tests/wirex, tests/wire2f, tests/wirek, tests/wire2l golds: the counts never hedged, the
forecast figures hedged; session 71).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.caveats.hedge_reaches import noun_of
from factcheck.extract.lexicon import (
    ESTIMATE_MAKER_NOUNS,
    ESTIMATE_SURVEY_NOUNS,
    HEDGE_SUBJECT_NOUNS,
    MEASURE_ENTITY_TYPES,
)


def counts_estimates(number: Token) -> bool:
    """The figure counts estimates ("the median of 14 estimates", "three forecasts") or the
    makers of an estimate or poll named by "of" ("the median forecast of 15 economists", "a
    poll of 31 economists"). Not an amount an estimate gives ("the $2 billion estimate", "an
    estimate of 300 deaths")."""
    if number.dep_ != "nummod" or number.ent_type_ in MEASURE_ENTITY_TYPES:
        return False
    noun = noun_of(number)
    lemma = noun.lemma_.lower()
    if noun.tag_ == "NNS" and lemma in HEDGE_SUBJECT_NOUNS:
        return True  # "14 estimates"
    if lemma not in ESTIMATE_MAKER_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    owner = noun.head.head
    return owner.lemma_.lower() in HEDGE_SUBJECT_NOUNS | ESTIMATE_SURVEY_NOUNS
