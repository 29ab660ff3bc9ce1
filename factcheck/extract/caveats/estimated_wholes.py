"""A figure that restates or breaks down an estimated figure shares its hedge. Pure.

Gold README, hedged: "the figure is a belief, estimate or allegation". An estimate's clause
often gives its figure a part or a restatement inside the same noun phrase: "the UN estimates
that 23 million people - more than half the population - need aid" (tests/wire2a a_2 gold:
"more than half" hedged), "Ukrainian officials estimate that more than 8,000 Ukrainians,
including about 1,800 civilians, remain in captivity" (tests/wirez z_3 gold: "about 1,800"
hedged); two writers. ``hedge_reaches`` keeps a hedge off a figure deep in the subject ("Many in
the staff of more than 100 are expected to ..."), but a part or restatement of the subject's
own estimated figure is no other thing the subject mentions: it is part of what the estimate
says. The figure stands in apposition to the whole's noun or under its "including" / "among
them"; the whole's hedge must be a clause's (an estimate verb or adverb), not a word of the
whole's own phrase: "worth an estimated 800 million shillings, including 11 plots" estimates
the sum only (tests/wireb b_3 gold).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.caveats.caveat_hedges import hedge_of
from factcheck.extract.lexicon import HEDGE_LEMMAS, PART_PREPOSITIONS
from factcheck.model import CaveatMention


def estimated_whole_hedge(number: Token) -> CaveatMention | None:
    """The hedge of the figure the number restates or is part of, or None."""
    whole = _whole_figure(number)
    if whole is None or _hedged_in_own_phrase(whole):
        return None
    return hedge_of(whole)


def _whole_figure(number: Token) -> Token | None:
    """The number of the noun phrase the figure's phrase restates ("23 million people - more
    than half the population -") or is part of ("8,000 Ukrainians, including about 1,800
    civilians")."""
    noun = number
    while noun.dep_ in ("nummod", "quantmod", "advmod") and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "appos":
        host = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in PART_PREPOSITIONS and noun.head.dep_ == "prep":
        host = noun.head.head
    else:
        return None
    if host.pos_ not in ("NOUN", "PROPN") or host.i > number.i:
        return None
    return next((c for c in host.children if c.dep_ == "nummod" and c.like_num), None)


def _hedged_in_own_phrase(whole: Token) -> bool:
    """ "an estimated 800 million shillings": the whole's own phrase holds the hedge."""
    host = whole.head
    words = [*host.children, *whole.children]
    return any(
        w.lemma_.lower() in HEDGE_LEMMAS or w.lower_ in HEDGE_LEMMAS
        for w in words
        if w.dep_ in ("amod", "advmod", "quantmod")
    )
