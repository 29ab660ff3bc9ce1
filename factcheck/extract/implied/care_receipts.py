"""Care a person took for a wound: "A man received treatment for minor injuries", "Jones needed
treatment for a gunshot wound", "The boy underwent surgery for wounds to his legs" (impl56b).
Pure.

The wound hangs on the care noun ("treatment ... for injuries"), not on a verb of having, so
``wound_holders.wound_haver`` saw no holder; the verb that takes the care has the same person as
its subject as "was treated for gunshot wounds" has (gold-conventions, "Vocabulary of casualty
shapes": "A third passenger was treated for cuts" = 1 injured). Not "declined treatment", "sought
treatment" (advice), "treatment for depression" (no wound: the caller reads wound nouns only).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import CARE_FOR_NOUNS, CARE_TAKING_VERBS


def care_taking_verb(wound: Token) -> Token | None:
    """The verb whose subject took care "for" ``wound`` ("received treatment for injuries":
    "received"); None where the wound is not the object of such care."""
    if wound.dep_ != "pobj" or wound.head.lower_ != "for":
        return None
    care = wound.head.head
    if care.lemma_.lower() not in CARE_FOR_NOUNS or care.pos_ != "NOUN" or care.dep_ != "dobj":
        return None
    verb = care.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CARE_TAKING_VERBS:
        return None
    return verb
