"""A share that is the size of a change: "cutting emissions by a third", "sales fell by half",
"raised fees by two-thirds".

Gold README, "Shares": "a third", "half of voters" are claims whose value is the fraction. The
finder read a bare fraction only before "of" or after a qualifier, so the amount of a change
given as a fraction was no mention. "By" must hang on a verb of change: "by a third" of
"elected by a third of members" is read before "of" as any share. Pure.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import SHARE_CHANGE_VERBS


def is_change_share(doc: Doc, i: int) -> bool:
    """True if the fraction starting at token ``i`` follows "by" on a verb of change."""
    if i == 0 or doc[i - 1].lower_ != "by":
        return False
    verb = doc[i - 1].head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in SHARE_CHANGE_VERBS
