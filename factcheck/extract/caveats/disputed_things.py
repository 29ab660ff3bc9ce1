"""A dispute verb over a count of things acted on disputes no figure.

Gold README, disputed: "someone contests the figure" ("disputed", "denied", "rejected the
figure"). "About 2,000 provisional ballots were rejected", "Twelve seats are contested this
year", "the judge dismissed 14 of the 20 charges", "Officials said 45 applications were
rejected": the figure counts the ballots rejected, the seats contested, the charges dismissed;
the verb is what happened to them, and no one contests how many there were. The same verbs
over a figure or a toll still dispute it: "the ministry disputed the 300 deaths", "the estimate
of 40,000 was rejected" (DISPUTED_COUNT_NOUNS).

Audit (session 55, branch part55): no allowed article has such a count of things under a
dispute verb (the tuning golds' disputed figures are all of other shapes and keep it); an
invented battery of six such counts, all disputed before this rule and none after, and two
disputed figures that stay disputed.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import DISPUTED_COUNT_NOUNS

_ACTED_ON = ("dobj", "nsubjpass")


def counts_things_acted_on(verb: Token) -> bool:
    """The dispute verb's object or passive subject is a count of things that are not a
    figure: "2,000 ballots were rejected", "dismissed 14 of the 20 charges"."""
    if verb.pos_ != "VERB":
        return False
    return any(_counted_thing(c) for c in verb.children if c.dep_ in _ACTED_ON)


def _counted_thing(noun: Token) -> bool:
    """ "2,000 ballots", "14 of the 20 charges", "60 percent of the districts": a noun with a
    number counting it, or a number standing for the noun; not "the 300 deaths"."""
    if noun.like_num or noun.lower_ in ("percent", "%"):
        counted = _partitive_whole(noun) or noun
        if counted.like_num or counted.lower_ in ("percent", "%"):
            return noun.like_num or any(c.like_num for c in noun.children)
        return counted.lemma_.lower() not in DISPUTED_COUNT_NOUNS
    if not any(c.dep_ == "nummod" and c.like_num for c in noun.children):
        return False
    return noun.lemma_.lower() not in DISPUTED_COUNT_NOUNS


def _partitive_whole(number: Token) -> Token | None:
    """ "14 of the 20 charges" -> "charges"; "60 percent of the districts" -> "districts"."""
    for prep in number.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None
