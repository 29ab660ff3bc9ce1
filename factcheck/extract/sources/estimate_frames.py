""" "By one estimate, 14,000 people attended", "Fourteen were killed, by the group's count",
"By police estimates, 5,000 gathered": an estimate, count or tally set off with "by" is the
figure's source, the innermost attribution (issue 11, "Nominal sources"; the gold README
gives unspecified "reports" as anonymous, so "one estimate" is anonymous and "the group's
count" speaks for the group, as "by the AP's tally" already does). The frame must open the
sentence or follow a comma, and the reckoning must be someone's: a determiner, an owner or a
source before it ("by some estimates", "by CNN's count", "by police estimates"). Not "passed
by a count of 52 to 48" (a margin) nor "By sheer body count, it is the worst" (a measure)."""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.dependents import is_set_off
from factcheck.extract.lexicon import ESTIMATE_FRAME_HEADS
from factcheck.extract.sources.nominal import names_a_source

_BY = "by"
# what makes the reckoning someone's: "by some estimates", "by CNN's count", "by one estimate"
_OWNER_DEPS = frozenset({"det", "poss", "nummod"})


def by_an_estimate(prep: Token) -> Token | None:
    """ ", by one estimate": return the estimate's head, or None."""
    if prep.lower_ != _BY or prep.dep_ not in ("prep", "agent"):
        return None
    if not is_set_off(prep):
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() not in ESTIMATE_FRAME_HEADS:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
        return None  # "by a count of 52 to 48": a margin
    for child in obj.lefts:
        if child.dep_ in _OWNER_DEPS:
            return obj
        if child.dep_ == "compound" and names_a_source(child):
            return obj  # "by police estimates"
    return None
