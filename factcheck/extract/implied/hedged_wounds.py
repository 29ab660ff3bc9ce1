"""A wound told through a hedge: "found a man with what appeared to be a gunshot wound",
"suffering from what appeared to be gunshot wounds", "who had what appeared to be multiple
gunshot wounds", "with what looked like a stab wound", "with what police described as a gunshot
wound". Pure.

Police accounts in local news hedge the wound as a matter of course, before a medical
examiner's word; the person is as hurt as one found "with a gunshot wound" (gold README
"Implied counts"; docs/gold-conventions.md "Vocabulary of casualty shapes": "found with
gunshot wounds" is 1 injured). The parse makes the wound the complement of "appeared to be"
inside a free relative ("what"), so the readers of the plain shape (``wound_holders.py``) do
not see the "with", the "from" or the "had" it hangs on. Here: that place, for them to read as
they read the plain shape. Not a wound: "with what appeared to be a handgun" (no wound noun),
"what appeared to be a wound" said of no one (the readers still need the person).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import HEDGED_DESCRIBING_VERBS, HEDGED_SEEM_VERBS


def hedged_wound_place(wound: Token) -> Token | None:
    """The token a hedged ``wound`` stands on, as a plain one would: the preposition ("with",
    "from") of "with what appeared to be a gunshot wound", or the verb ("had", "suffered") of
    "had what appeared to be gunshot wounds"; None for a wound told plainly."""
    if wound.dep_ == "attr" and wound.head.lemma_.lower() == "be" and wound.head.dep_ == "xcomp":
        seem = wound.head.head  # "what appeared to be a gunshot wound"
    elif wound.dep_ == "pobj" and wound.head.lower_ in ("like", "as") and wound.head.dep_ == "prep":
        seem = wound.head.head  # "what looked like a stab wound", "what police described as"
    else:
        return None
    lemma = seem.lemma_.lower()
    what = "dobj" if lemma in HEDGED_DESCRIBING_VERBS else "nsubj"
    if lemma not in HEDGED_SEEM_VERBS and lemma not in HEDGED_DESCRIBING_VERBS:
        return None
    if not any(c.dep_ == what and c.lower_ == "what" for c in seem.children):
        return None
    if seem.dep_ == "pcomp" and seem.head.dep_ == "prep":
        return seem.head
    if seem.dep_ in ("ccomp", "dobj") and seem.head.pos_ == "VERB":
        return seem.head
    return None
