"""A death that says its harm: "X died after being shot", "X died from being stabbed". Pure.

Gold README "Implied counts". A named person who "has died" may be a page's other news
(named_victims.is_bare_death), but "died after being shot" tells the shooting in the same
clause: the name is one killed, as "a man died after being shot" is.
"""

from __future__ import annotations

from spacy.tokens import Token

# Prepositions that put the harm before the death: "died after being shot", "from being beaten".
_CAUSE_PREPOSITIONS = frozenset({"after", "from"})
# Verb lemmas of the harm the death follows.
_HARM_VERBS = frozenset({"shoot", "stab", "wound", "injure", "strike", "hit", "beat", "gun"})


def tells_harm(verb: Token) -> bool:
    """True if ``verb`` ("died", "survived") has a clause of harm done to its subject: "after
    being shot", "after he was shot", "from being stabbed"."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _CAUSE_PREPOSITIONS:
            continue
        if any(c.dep_ == "pcomp" and c.lemma_.lower() in _HARM_VERBS for c in prep.children):
            return True
    return any(
        c.dep_ == "advcl"
        and c.lemma_.lower() in _HARM_VERBS
        and any(m.lower_ in _CAUSE_PREPOSITIONS for m in c.children if m.dep_ == "mark")
        for c in verb.children
    )
