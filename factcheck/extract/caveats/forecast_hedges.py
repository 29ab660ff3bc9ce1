"""A forecast word on an act hedges the act, not the figures the act involves. Pure.

"expected", "likely", "probably", "possibly" say that something may happen: over a figure that
sizes what happens ("the toll is expected to reach 40", "likely killed 12", "probably three to
four shots") the figure is an estimate (gold README, "hedged"), but over an act whose object or
setting holds the figure ("the chamber will most likely vote on four measures", "the campaign is
expecting to air an ad in nine states", "is expected to declassify 28 pages", "It probably
signals the beginning of a three-way fight") the figure is what the act is about, stated as
known: whether the act happens is the forecast (realgold3, realgold5, realgold14, realgold20
golds: not hedged). The same line ``modal_hedges.modal_guesses_figure`` draws for "may".

One gold reads the other way: realgold36 hedges a company "expected to cut" a count of workers
(its README: "projections are an open point"). Session 46 (cav3) counted the tuning golds on a
count that is the object of an act under "expected to"/"likely": 1 hedged against the 4 golds
above and realgold12's "expected to cruise past" a delegate count (not hedged), so the line
stays where it is.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    DEFINITE_DETERMINERS,
    DURATION_SIZE_VERBS,
    FORECAST_ACT_DEPS,
    FORECAST_HEDGE_LEMMAS,
    HURT_OUTCOME_STATES,
    HURT_OUTCOME_VERBS,
    MEASURE_ENTITY_TYPES,
    MODAL_COUNT_VERBS,
    PRELIMINARY_CHANGE_VERBS,
    RISE_COUNT_WORDS,
    SIZE_VERBS,
    TIME_UNITS,
)


def is_forecast_hedge(token: Token) -> bool:
    """A word that forecasts an act: "expected", "likely", "probably", "possibly"."""
    return token.lemma_.lower() in FORECAST_HEDGE_LEMMAS or token.lower_ in FORECAST_HEDGE_LEMMAS


def forecasts_only_the_act(hedge: Token, number: Token, on_path: set[int]) -> bool:
    """The forecast word governs an act verb above the figure, the figure hangs below that verb
    as its object or in a phrase of it, and the verb neither sizes ("reach", "total", "be") nor
    counts a harm ("kill", "wound"): the forecast is that the act happens, not the figure. An
    adverb right before the figure's words is about the figure ("heard probably three to four
    shots"), however the parse hangs it. Only counts of things: an amount of money, a share or a
    measure an act yields ("expected to raise $10 million") or a bounded or approximate count
    ("expects to deliver fewer than 1,400 units") is what is forecast."""
    if hedge.i + 1 < len(hedge.doc) and _starts_figure(hedge.doc[hedge.i + 1], number):
        return False
    if number.ent_type_ in MEASURE_ENTITY_TYPES:
        return False  # "is expected to cost $2 billion", "likely to win 55 percent": a size
    if _qualified(number):
        return False  # "expects to deliver fewer than 1,400 units": a bound is an estimate
    act = _act_of(hedge, on_path)
    if act is None:
        return False
    below = next((t for t in act.children if t.i in on_path), None)
    if below is None or below.dep_ not in FORECAST_ACT_DEPS:
        return False  # the figure is the act's own word, its subject, or what it is
    if _done(act) and not _known_count(number):
        return False  # "the fire likely destroyed 40 homes": a guess at what happened
    lemma = act.lemma_.lower()
    if lemma in DURATION_SIZE_VERBS and _a_duration(number) and below.dep_ != "prep":
        return False  # "will probably take six weeks": the forecast sizes the span
    return lemma not in SIZE_VERBS and lemma not in MODAL_COUNT_VERBS


def forecasts_recovery(hedge: Token, number: Token, on_path: set[int]) -> bool:
    """ "One victim is expected to survive", "two are likely to recover", "is expected to be
    OK": the forecast is how the hurt will fare, the count of them is known (tuning golds: all
    10 such matched figures on 9 GVA articles unhedged, "All four were expected to survive", "An adult
    female and a 3-year-old child ... are expected to live"; session 61, cav61). Not a figure
    inside the act ("expected to survive for 20 years")."""
    act = _act_of(hedge, on_path) if hedge.pos_ != "ADV" else None
    if act is None:
        act = next((c for c in hedge.children if c.dep_ == "xcomp"), None)
    if act is None and hedge.dep_ == "advmod":
        act = hedge.head
    if act is None or number in act.subtree:
        return False
    if act.lemma_.lower() in HURT_OUTCOME_VERBS:
        return True
    return act.lemma_.lower() == "be" and any(
        c.dep_ in ("acomp", "attr") and c.lower_ in HURT_OUTCOME_STATES for c in act.children
    )


def forecasts_a_change_of(hedge: Token, on_path: set[int]) -> bool:
    """ "The death toll of 23 is expected to rise", "the number of dead, 12, is feared to rise":
    the figure is the subject of a forecast rise with no new size, a known count that may
    change. Gold README: "expected to rise" is `preliminary` ("the figure may change"), and
    docs/gold-conventions.md "Forecasts and beliefs": "preliminary is not the caveat of a
    forecast of a size", nor is a forecast of a change the figure's estimate. "expected to rise
    to 30" still hedges "30" (the rise's own figure is on the path)."""
    below = next((c for c in hedge.children if c.i in on_path), None)
    if below is None or below.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(
        c.dep_ == "xcomp" and c.lemma_.lower() in PRELIMINARY_CHANGE_VERBS and c.i not in on_path
        for c in hedge.children
    )


def forecasts_a_rise(hedge: Token, on_path: set[int]) -> bool:
    """The forecast word already has what it forecasts, a rise with no size of its own: "a toll
    officials expect to rise", "so we are expecting more deaths". A figure the parse hangs under
    it in another clause ("At least 14 people were killed, ..., a toll officials expect to rise";
    "Many have burns on more than 60 percent of their bodies, so we are expecting more deaths")
    is not what is forecast: the forecast says the count may rise, the gold README's
    `preliminary` ("expected to rise"), not an estimate of the figure (tests/wire2q, wire2d golds:
    not hedged; the tuning golds' figures beside "expected/likely to rise": 100 unhedged in 30
    sets, the 6 hedged are hedged by another word). "expect prices to rise to $5" keeps its
    hedge: the rise has a size."""
    if hedge.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    for part in hedge.children:
        if part.i in on_path or any(t.like_num for t in part.subtree):
            continue
        if part.dep_ == "xcomp" and part.lemma_.lower() in PRELIMINARY_CHANGE_VERBS:
            return True  # "a toll officials expect to rise"
        if part.dep_ == "dobj" and any(
            c.dep_ == "amod" and c.lower_ in RISE_COUNT_WORDS for c in part.children
        ):
            return True  # "we are expecting more deaths"
    return False


def _done(act: Token) -> bool:
    """The act is past ("likely destroyed 40 homes", "has probably infected 2,000 people"):
    nothing is forecast to happen, so the word guesses at what did, its count included (gold
    README, hedged: a belief or estimate; docs/gold-conventions.md (c), "likely" or "probably"
    on the figure). Session 61 (cav61): every such invented shape was unhedged before."""
    if act.tag_ == "VBD":
        return True
    return act.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in act.children
    )


def _known_count(number: Token) -> bool:
    """The figure's phrase presents the count as known: "the two men", "her three sons" ("he
    probably met the two men at a bar" guesses the meeting, not how many they are)."""
    noun = number
    while noun.dep_ in ("nummod", "quantmod") and noun.head.i != noun.i:
        noun = noun.head
    return any(
        c.dep_ == "poss" or (c.dep_ in ("det", "predet") and c.lower_ in DEFINITE_DETERMINERS)
        for c in noun.children
    )


def _starts_figure(token: Token, number: Token) -> bool:
    """The word opens the figure's own words: "three" of "three to four", "more" of "more than
    40", the number itself."""
    if token.i > number.i:
        return False
    return all(
        t.dep_ in ("quantmod", "nummod", "advmod", "amod") or t.like_num
        for t in token.doc[token.i : number.i]
    )


def _a_duration(number: Token) -> bool:
    """The figure counts a unit of time: "six weeks", "three more days", "90 minutes"."""
    unit = number.head if number.dep_ in ("nummod", "quantmod", "compound") else number
    return unit.lemma_.lower() in TIME_UNITS


def _qualified(number: Token) -> bool:
    """The figure carries a qualifier ("fewer than 1,400", "about 300", "up to 50"): a size
    someone estimates, not the exact count of a plan."""
    return any(c.dep_ in ("quantmod", "advmod") and c.i < number.i for c in number.children)


def _act_of(hedge: Token, on_path: set[int]) -> Token | None:
    """The verb whose happening the word forecasts: the infinitive of "expected to V" / "likely
    to V", or the verb "likely"/"probably" modifies ("will most likely vote")."""
    if hedge.pos_ in ("VERB", "ADJ", "AUX"):
        act = next((c for c in hedge.children if c.dep_ == "xcomp" and c.i in on_path), None)
    elif hedge.dep_ == "advmod" and hedge.head.i in on_path:
        act = hedge.head
    else:
        return None
    if act is None or act.pos_ != "VERB" or act.i == hedge.i:
        return None
    return act
