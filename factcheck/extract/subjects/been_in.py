"""Where a span of time was spent, said by a copula: "had been in the water for more than two
hours" -> "hours in the water", "have been on the ground for five months" -> "months on the
ground", "had been in custody for 11 months" -> "months in custody".

The state a "for" span lasts is the copula's own phrase, not its subject (a pronoun, "Some",
or who held it: gold README, "subject", what the figure measures; realgold30 names "paid
operatives have been on the ground for five months" by "on the ground", tests/wireb by "in the
water"). The phrase is given as written, article and all, so the gold's "in the water" reads
in it. Only a place phrase of the copula before its "for" span; not "been friends with Ortiz
for 30 years" (no place phrase: the noun already names it). Pure.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import TIME_UNITS

# prepositions of a state one is in: "in the water", "on the ground", "at sea", "under siege"
_STATE_PREPS = frozenset({"in", "on", "at", "under", "behind", "inside"})


def state_lasted(unit: Token) -> str:
    """ "hours in the water" for a time unit held by "for" on a "been" with a place phrase
    before it; '' otherwise."""
    if unit.lemma_.lower() not in TIME_UNITS or unit.dep_ != "pobj":
        return ""
    held = unit.head
    copula = held.head
    if held.lower_ != "for" or held.dep_ != "prep" or copula.lemma_.lower() != "be":
        return ""
    if any(c.dep_ in ("acomp", "attr") for c in copula.children):
        return ""  # "was closed for two weeks", "was a teacher for a decade": named already
    state = next(
        (
            c
            for c in copula.children
            if c.dep_ == "prep" and c.lower_ in _STATE_PREPS and c.i < held.i
        ),
        None,
    )
    if state is None or not any(c.dep_ == "pobj" for c in state.children):
        return ""
    return f"{unit.text} {unit.doc[state.i : state.right_edge.i + 1].text}"
