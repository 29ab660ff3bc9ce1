"""A figure someone "is said to" have or be: hedged, as "believed to" is.

Gold README, caveat `hedged`: "the figure is a belief, estimate or allegation" ("believed to",
"reportedly"). The passive "is said to" with an infinitive is the same hearsay as "reportedly":
"the investor is said to be worth $2 billion", "the gang is said to have about 200 members",
"ten people are said to have died". It is no attribution of a speaker (that is the active "said"
or "said that"): the text reports what is rumoured without anyone vouching for it.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import HEARSAY_PASSIVE_VERBS


def said_to(number: Token) -> Token | None:
    """The passive "said" whose infinitive holds the figure, or whose subject the figure counts."""
    path = [number, *number.ancestors]
    for below, verb in zip(path, path[1:], strict=False):
        if verb.lemma_.lower() in HEARSAY_PASSIVE_VERBS and _passive_with_infinitive(verb):
            if below.dep_ in ("xcomp", "nsubjpass"):
                return verb
        if verb.pos_ == "VERB" and verb.lemma_.lower() not in HEARSAY_PASSIVE_VERBS:
            if below.dep_ in ("ccomp", "advcl", "relcl", "acl"):
                return None  # a clause of its own under another verb
    return None


def _passive_with_infinitive(verb: Token) -> bool:
    """ "is said to be", "are said to have died": an auxpass and a "to" infinitive."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    infinitive = any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children
    )
    return passive and infinitive
