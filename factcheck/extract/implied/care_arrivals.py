"""People who come to care "with a gunshot wound" (impl42, session 34). Pure.

docs/gold-conventions.md "Vocabulary of casualty shapes (session 29)": "A man showed up at a
hospital with a gunshot wound", "A woman went to the emergency room with a gunshot wound", "A
teen was dropped off at Mercy Hospital with gunshot wounds", "drove himself to a hospital with a
gunshot wound", "took herself to the hospital with a gunshot wound" (who came to care has the
wound: 1 injured, as "A boy arrived at the hospital with a gunshot wound"). The parse hangs
"with" on the place of care, not on the verb, so the holder of the wound is read up from the
place. Not counted: "drove the victim to a hospital with a gunshot wound" counts the victim,
never the driver; "took the suspect to the hospital with a gunshot wound" (who takes is no
casualty); "went to a hospital with a gun" (no wound); "went to a hospital with his mother"
(no wound either).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import ARRIVAL_CARE_NOUNS, HOSPITAL_ABBREVIATIONS

# The verbs of coming to care: "showed up", "went", "came", "drove (himself)", "turned up",
# "checked into", "stumbled into", "was dropped off", "was brought", "was rushed", "took
# himself" (impl, session 46: only with the reflexive; "took the victim" is read elsewhere).
CARE_ARRIVAL_VERBS = frozenset(
    {
        "arrive",
        "walk",
        "show",
        "go",
        "come",
        "drive",
        "turn",
        "check",
        "stumble",
        "drop",
        "bring",
        "rush",
        "take",
    }
)
_REFLEXIVES = frozenset({"himself", "herself", "themselves"})


def care_arrival_verb(holder: Token) -> Token | None:
    """The verb of coming to care that ``holder`` of "with a gunshot wound" stands for: the
    place of care the parse hangs "with" on ("showed up at a hospital", "went to the ER"), or
    the verb itself where it has such a place ("checked into Mercy Hospital ... with"); else
    None."""
    if holder.pos_ == "VERB":
        verb = holder
        if not any(
            _is_care_place(o) for p in verb.children if p.dep_ == "prep" for o in p.children
        ):
            return None
    else:
        prep = holder.head
        if not _is_care_place(holder) or prep.dep_ != "prep":
            return None
        verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CARE_ARRIVAL_VERBS:
        return None
    return verb


def _is_care_place(place: Token) -> bool:
    """ "a hospital", "Mercy Hospital", "the emergency room", "the ER" as an object of a
    preposition."""
    return place.dep_ == "pobj" and (
        place.lemma_.lower() in ARRIVAL_CARE_NOUNS or place.text in HOSPITAL_ABBREVIATIONS
    )


def care_arrival_person(verb: Token) -> Token | None:
    """Who came to care by ``verb``: the person brought or dropped off ("dropped a man off at
    the hospital"), else the subject ("A man showed up", "drove himself", "took herself", "was
    dropped off"); None for another verb with an object ("took the suspect to the hospital":
    who takes is no casualty)."""
    carried = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in _REFLEXIVES]
    if carried:
        return carried[0] if verb.lemma_.lower() in ("drop", "bring", "drive", "rush") else None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects[0] if subjects else None
