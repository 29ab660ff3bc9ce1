"""A family someone is with: "sheltering with her six children", "waiting with her two
daughters", "came in with her four children". Pure.

The number sizes a household its owner is with, a detail of the scene, not a figure at issue
(docs/gold-conventions.md "Re-mentions": children of a household are no counted group). The
wire tuning golds of five writers mark each such phrase a not-claim (tests/wirea, wired, wiree,
wireg, wirem: 5 of 5 "with" + possessive + number + kin); no real tuning gold has the shape.
A household's members counted as victims stay claims: "killed along with her two sons" (a
joining, JOINING_WITH_WORDS), "died with his three children" (a casualty verb governs "with"),
and any kin not after "with" ("killed their three children", "could not reach his two
daughters", tests/wirea gold: a claim).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import CASUALTY_VERBS, HOUSEHOLD_KIN_NOUNS, JOINING_WITH_WORDS

_POSSESSIVES = frozenset({"his", "her", "their", "my", "our", "your"})


def is_family_companion(doc: Doc, start: int, end: int) -> bool:
    """True if the number at tokens ``start:end`` counts kin its owner is with ("with her four
    children")."""
    if start < 2 or end >= len(doc):
        return False
    noun = doc[end - 1].head
    if noun.i < end or noun.lemma_.lower() not in HOUSEHOLD_KIN_NOUNS:
        return False
    if any(t.pos_ not in ("ADJ", "NOUN") for t in doc[end : noun.i]):
        return False  # "her four children": at most a word that describes them between
    if doc[start - 1].lower_ not in _POSSESSIVES:
        return False
    with_ = doc[start - 2]
    if with_.lower_ != "with" or noun.dep_ != "pobj" or noun.head.i != with_.i:
        return False
    if with_.i > 0 and doc[with_.i - 1].lower_ in JOINING_WITH_WORDS:
        return False  # "killed along with her two sons": victims joined to one
    governor = with_.head.lemma_.lower()
    return governor not in CASUALTY_VERBS and governor != "shoot"  # "died with his two sons"
