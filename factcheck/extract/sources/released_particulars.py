"""Releasing names or details is an act on the people counted, not a report of their count:
"Authorities have released the names of three men slain at a barbershop", "the chief released
new details Sunday about a father who shot his twin daughters", "Police have revealed more
about what drove a gunman to shoot four strangers" (tests/realgold, realgold8, realgold19
golds: source none; 3 of the 4 tuning articles with the shape agree). The count inside the
names or details is the writer's; a figure the verb puts out itself ("released 1,100 pages")
is ``published_counts.counts_what_was_published``'s, and other reporting verbs keep their
speaker ("announced details about a shooting that left seven dead", realgold12). Pure."""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import PARTICULARS_NOUNS, PARTICULARS_PREPS, RELEASING_VERBS


def releases_particulars(verb: Token, below: Token, number: Token) -> bool:
    """True if ``verb`` releases or reveals names or details and the figure is in what they are
    of or about; ``below`` is the path's token under the verb: the object ("the names of three
    men"), or the "about" the parse may hang on the verb ("revealed more about ...")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RELEASING_VERBS:
        return False
    if below.dep_ == "prep" and below.lower_ in PARTICULARS_PREPS:
        return any(_particulars(c) and c.i < below.i for c in verb.children)
    return _particulars(below) and any(
        prep.dep_ == "prep" and prep.lower_ in PARTICULARS_PREPS and number in prep.subtree
        for prep in below.children
    )


def _particulars(token: Token) -> bool:
    return token.dep_ == "dobj" and token.lemma_.lower() in PARTICULARS_NOUNS
