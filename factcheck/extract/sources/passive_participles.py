"""A reporting verb read as a bare past participle describes its subject: "the number of
people collecting benefits projected to swell to 65 million", "Lee, Ruiz and Ortiz, the
candidates most often described as outsiders, took 61 percent", "Three names mentioned as
potential nominees are ..., and two judges ...". With no auxiliary the participle is a
reduced passive (what is projected, who is described); the parse may still call the noun its
subject, but that noun is the thing reported on, never the one who reports (realgold5 and
tune22 golds). Only a passive agent ("projected by the budget office") names who reports."""

from __future__ import annotations

from spacy.tokens import Token

_AUXILIARIES = frozenset({"aux", "auxpass"})


def describes_its_subject(verb: Token) -> bool:
    """``verb`` is a bare past participle ("projected", "described") whose complement says
    what its subject is or will do ("to swell to ...", "as outsiders"): a reduced passive, so
    its parse subject is the one described."""
    if any(c.dep_ in _AUXILIARIES for c in verb.children):
        return False
    # "With the number ... projected to swell": after "with" the tagger's past tense is a
    # participle too (a finite verb never follows it)
    absolute = any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children)
    if verb.tag_ != "VBN" and not (verb.tag_ == "VBD" and absolute):
        return False
    return any(
        (c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        or (c.dep_ == "prep" and c.lower_ == "as")
        for c in verb.children
        if c.i > verb.i
    )
