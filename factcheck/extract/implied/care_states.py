"""States of care a reporter writes without "condition" or "hospital" (implwide, session 50).
Pure.

"The boy is in critical condition" and "The girl is still in the hospital" are read in
``care_predicates.py`` and ``implied_predicates.py``; the same states come as "A man remains
in intensive care", "A teenager is in the ICU" (care, as a hospital is) and "A man was listed
as critical", "A woman is listed as stable" (a condition, as "listed in critical condition"):
1 injured each, the subject. Not counted: "in foster care", "in the care of her aunt" (no
intensive care), "The economy was listed as stable" (no person; the caller asks), "listed as
a critical witness" (the word modifies another noun).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import CARE_CONDITION_WORDS

# "in the ICU", "in the intensive care unit": the ward's names
_ICU_NAMES = frozenset({"icu", "micu", "sicu", "picu", "nicu"})


def in_intensive_care(verb: Token) -> bool:
    """ "remains in intensive care", "is in the ICU", "was moved into the intensive care unit":
    the verb's place is intensive care."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "into"):
            continue
        for place in prep.children:
            if place.dep_ != "pobj":
                continue
            if place.lower_ in _ICU_NAMES:
                return True
            words = {t.lower_ for t in place.subtree}
            if {"intensive", "care"} <= words and place.lower_ in ("care", "unit"):
                return True
    return False


def listed_as_condition(word: Token) -> list[Token]:
    """The subject of "was listed as critical" for ``word`` ("critical"); else empty."""
    if word.lower_ not in CARE_CONDITION_WORDS or word.pos_ != "ADJ":
        return []
    prep = word.head
    if prep.lower_ != "as" or word.dep_ not in ("amod", "pobj", "acomp"):
        return []
    if any(c.dep_ == "pobj" and c.i != word.i for c in prep.children):
        return []  # "listed as a critical witness"
    verb = prep.head
    if verb.lemma_.lower() != "list" or verb.pos_ != "VERB":
        return []
    return [c for c in verb.children if c.dep_ == "nsubjpass"]
