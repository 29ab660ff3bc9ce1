"""A share that is the size of a change: "cutting emissions by a third", "sales fell by half",
"raised fees by two-thirds".

Gold README, "Shares": "a third", "half of voters" are claims whose value is the fraction. The
finder read a bare fraction only before "of" or after a qualifier, so the amount of a change
given as a fraction was no mention. "By" must hang on a verb of change: "by a third" of
"elected by a third of members" is read before "of" as any share.

A headline's clipped grammar hides the verb: "Pound plunges by a third after ..." (the tagger
reads "plunges" as a plural noun) and "Maize harvest down by a third as ..." (no verb at all).
A change word right before "by", read as a noun, or "down"/"up", gives the change too
(tests/wire2q and wire2y headline golds: 0.333, two writers). Pure.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import SHARE_CHANGE_PARTICLES, SHARE_CHANGE_VERBS


def is_change_share(doc: Doc, i: int) -> bool:
    """True if the fraction starting at token ``i`` follows "by" on a verb of change."""
    if i == 0 or doc[i - 1].lower_ != "by":
        return False
    verb = doc[i - 1].head
    if verb.pos_ == "VERB" and verb.lemma_.lower() in SHARE_CHANGE_VERBS:
        return True
    return i >= 2 and _is_clipped_change(doc[i - 2])


def _is_clipped_change(word: Token) -> bool:
    """True for "down"/"up" ("harvest down by a third") or a change verb the tagger read as a
    plural noun ("Pound plunges by a third") right before "by"."""
    if word.lower_ in SHARE_CHANGE_PARTICLES:
        return True
    return (
        word.pos_ == "NOUN"
        and word.lower_.endswith("s")
        and word.lemma_.lower() in SHARE_CHANGE_VERBS
    )
