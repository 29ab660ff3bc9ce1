"""The "over" of "handed over 190 soldiers": a particle of the verb, not a qualifier. Pure.

"over" reads as "more than" before a figure (gold README, approx: "over" -> lower_bound); after
a verb it makes one word with ("hand over", "turn over") it is the verb's, and the figure after
it is bare (tests/wirez gold: "Ukraine had handed over 190 Russian soldiers" exact; tests/wiree
gold: "would hand over some 450 ... soldiers", the qualifier "some" alone: two writers). Only
verbs for which "over" means to give up or pass on; "took over 20 years" keeps its bound.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import HANDING_OVER_VERBS


def is_handed_over(doc: Doc, qualifier_start: int, fig_start: int) -> bool:
    """True if the qualifier at ``qualifier_start:fig_start`` is the lone "over" of a verb of
    handing over ("had handed over 190")."""
    if fig_start - qualifier_start != 1 or qualifier_start == 0:
        return False
    if doc[qualifier_start].lower_ != "over":
        return False
    verb = doc[qualifier_start - 1]
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in HANDING_OVER_VERBS
