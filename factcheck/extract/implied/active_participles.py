"""A past participle that is an active verb: "police said the man had shot his wife" (a perfect,
"had" + participle) or "said the shooter killed Ann Lee" where the parse tags "killed" VBN but
gives it a subject and an object and no passive "was". Its object is who the verb counts, as a
past tense's is ("shot his wife"). Pure.

Why: ``counted_by_verb`` counts a casualty verb's object only for verbs in a tense it reads as
acted (VBD, VBG, VBZ, VBP), so a perfect, common in reported crime ("investigators believe he
had killed her days earlier"), counted nobody (session 57 probe battery; gold README, "Implied
counts": the person the verb says was shot or killed).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import PERFECT_AUXILIARIES


def is_active_participle(verb: Token) -> bool:
    """``verb`` is a VBN that acts on an object: a perfect ("had shot his wife") or a past
    tense the parse tagged VBN ("the shooter killed Ann Lee"), not a passive ("was shot")."""
    if verb.tag_ != "VBN" or verb.dep_ in ("amod", "compound", "acl"):
        return False
    children = list(verb.children)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in children):
        return False
    if not any(c.dep_ == "dobj" for c in children):
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() in PERFECT_AUXILIARIES for c in children)
    acting = any(c.dep_ == "nsubj" for c in children)
    return perfect or acting
