"""Verbs that report a figure by praising it or by conceding it (issue 11).

"Obama hailed the record streak 71 months of private-sector job growth" (realgold5 gold:
Obama), "Clinton touted her plan to hire 5,000 teachers": the subject tells the figure it
praises, as with "boast" and "brag". "A caller complained that 80 percent of his friends
were voting for Trump" (realgold20 gold: the caller), "she concedes that two of the five
seats are lost": grudging speech reports the clause it takes; with an object it is an act
("Clinton conceded the race", "residents complained about noise"), no report; so is the
passive ("three officers were hailed as heroes": those praised, not a figure told).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import GRUDGING_VERBS, TOUTING_VERBS


def touts_or_concedes(token: Token) -> bool:
    """``token`` is a verb that praises what it takes, or a grudging verb with a clause."""
    if token.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
        return False  # "three officers were hailed as heroes": whom it praised, not a report
    lemma = token.lemma_.lower()
    if lemma in TOUTING_VERBS:
        return True
    return lemma in GRUDGING_VERBS and any(c.dep_ == "ccomp" for c in token.children)
