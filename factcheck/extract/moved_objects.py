"""What a change by a share or points is a change of: "reduce emissions 23 percent".

A percentage or points after the object of a verb of change ("could reduce emissions only 23
percent", "raised the sales tax 2 percentage points", "would cut spending 10 percent") measures
how much that object moves, not the doer of the verb ("the plans", "Mr. Obama") the clause
gives for want of a noun (gold README, "subject": what is measured). The parse hangs the unit on
the verb as an adverb of measure. Pure.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.clause_subjects import AGENT_LABELS
from factcheck.extract.lexicon import LEVEL_MOVE_VERBS, PERCENT_WORDS, POINT_WORDS
from factcheck.extract.noun_phrases import noun_phrase


def moved_object(unit: Token) -> str:
    """The object a verb of change moves by ``unit`` ("percent", "points"), or ''.

    Not a person, party or place ("cut Clinton's lead": the object named is the lead; "beat
    Sanders 10 points": no verb of change), nor an object after the unit.
    """
    if unit.lower_ not in PERCENT_WORDS and unit.lower_ not in POINT_WORDS:
        return ""
    verb = unit.head
    if unit.dep_ != "npadvmod" or verb.pos_ != "VERB":
        return ""
    if verb.lemma_.lower() not in LEVEL_MOVE_VERBS:
        return ""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < unit.i]
    if len(objects) != 1:
        return ""
    moved = objects[0]
    if moved.pos_ != "NOUN" or moved.ent_type_ in AGENT_LABELS:
        return ""
    return noun_phrase(moved, after=moved.left_edge.i - 1)
