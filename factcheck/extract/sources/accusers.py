"""Who accuses gives the figures of the accusation: "Ottawa has accused Moscow of hacking 14
million records" (realgold33 gold: the accusing capital), "Prosecutors accused Dale of stealing
$40,000", "Dover police charged Lee with 2 counts of murder" (realgold4 gold: the police). The
accuser, the active verb's subject, is who the text says the figure comes from (gold README
"Source"); a passive accusation names no accuser ("Dale was accused of stealing $40,000": no
source), and those the accuser acts on are not its report ("Police charged 3 men": the object,
not the charge). ``attribution_steps.py`` asks here at each step.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import ALLEGATION_VERBS

# How an accusation hangs what it charges on its verb: "accused X of ...", "charged X with ...".
_CHARGE_PREPS = frozenset({"of", "with"})


def accuses_through(verb: Token, below: Token) -> bool:
    """Whether ``verb`` is an active accusation ("accused", "charged") and ``below``, the
    figure's path under it, is what it charges ("of stealing $40,000", "with two counts")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ALLEGATION_VERBS:
        return False
    if below.dep_ != "prep" or below.lower_ not in _CHARGE_PREPS:
        return False
    return any(c.dep_ == "nsubj" for c in verb.children)
