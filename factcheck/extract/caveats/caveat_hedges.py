"""Hedge words on a figure: "reportedly killed 12", "an estimated 2,000", "believed to
include roughly 10" (gold README, "hedged"); which hedges reach the figure and which do not.

``hedge_of`` composes the parts: estimate nouns (``estimate_hedges``), modal guesses at a size
(``modal_hedges``), and whether a hedge outside the figure's phrase reaches it
(``hedge_reaches``); the filters here drop hedge words that are about something else (a class
of what is counted, an attribution, a belief's own content, a harm whose doer is alleged).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.caveats.change_levels import starting_level
from factcheck.extract.caveats.claim_hedges import (
    claim_noun_before_clause,
    claim_noun_over,
    claimed_as_clause,
)
from factcheck.extract.caveats.concessive_modals import concedes
from factcheck.extract.caveats.estimate_hedges import (
    estimate_as_subject,
    estimate_states,
    misread_hedge_verb,
)
from factcheck.extract.caveats.expected_arrivals import expects_arrival
from factcheck.extract.caveats.forecast_hedges import (
    forecasts_a_change_of,
    forecasts_a_rise,
    forecasts_only_the_act,
    forecasts_recovery,
    is_forecast_hedge,
)
from factcheck.extract.caveats.hedge_reaches import hedge_reaches
from factcheck.extract.caveats.hedge_words import hedge_words_in
from factcheck.extract.caveats.inference_hedges import guess_aside, is_inference_over
from factcheck.extract.caveats.known_tolls import (
    victims_of_believed_doer,
    victims_of_suspected_harm,
)
from factcheck.extract.caveats.likelihood_ratios import compares_likelihood
from factcheck.extract.caveats.modal_hedges import guesses_size, modal_guesses_figure
from factcheck.extract.caveats.relative_hedges import relative_hedge
from factcheck.extract.caveats.said_to_hedges import said_to
from factcheck.extract.caveats.suppositions import opens_supposition
from factcheck.extract.caveats.trust_beliefs import believes_in
from factcheck.extract.caveats.warnings import is_warning, warns_of_fact
from factcheck.extract.lexicon import (
    ALLEGATION_ADVERBS,
    ALLEGATION_VERBS,
    BELIEF_VERBS,
    CATEGORY_HEDGES,
    CLAIM_LEMMAS,
    CLAIM_WIN_OBJECTS,
    GUESSING_MODALS,
    HEDGE_LEMMAS,
    HEDGE_POS,
    HIT_COUNT_WORDS,
    PERCEPTION_VERBS,
    REPORT_MADE_STATES,
    REPORTED_STATE_DEPS,
    SUPPOSING_OWN_MODIFIER_DEPS,
    SUPPOSING_VERBS,
    VICTIM_VERBS,
)
from factcheck.model import Caveat, CaveatMention


def hedge_of(number: Token) -> CaveatMention | None:
    """A hedge word governing the figure's clause or inside its noun phrase.

    "which are believed to include roughly 10 Americans" (seed), "reportedly killed 12",
    "an estimated 2,000".
    """
    part = _share_part(number)
    if part is not None:
        return hedge_of(part)  # "We estimate that one in four deaths ...": the share's clause
    path = [number, *number.ancestors]
    on_path = {t.i for t in path}
    phrase_head = number.head if number.dep_ in ("nummod", "quantmod") else number
    sent = number.sent
    estimate = (
        estimate_as_subject(path)
        or estimate_states(number, phrase_head)
        or misread_hedge_verb(path)
    )
    if estimate is not None:
        return CaveatMention(kind=Caveat.HEDGED, text=estimate.text)
    hearsay = said_to(number)
    if hearsay is not None:  # "is said to be worth $2 billion"
        return CaveatMention(kind=Caveat.HEDGED, text=f"{hearsay.text} to")
    relative = relative_hedge(number)
    if relative is not None:
        return CaveatMention(kind=Caveat.HEDGED, text=relative.text)
    aside = guess_aside(number)
    if aside is not None:  # "they shot, I would say, six shots"
        return CaveatMention(kind=Caveat.HEDGED, text=aside.text)
    claim = claim_noun_over(number)
    if claim is not None and hedge_reaches(number, phrase_head, claim, claim):
        return CaveatMention(kind=Caveat.HEDGED, text=claim.text)
    claim = claim_noun_before_clause(number)
    if claim is not None:  # "asked about her assertion that 90 percent were ..." (misparsed)
        return CaveatMention(kind=Caveat.HEDGED, text=claim.text)
    # the sentence's words that may hedge, nearest first (hedge_words.py: the others pass)
    for token in sorted(hedge_words_in(sent), key=lambda t: abs(t.i - number.i)):
        if guesses_size(token, on_path):
            return CaveatMention(kind=Caveat.HEDGED, text=f"{token.text} {token.head.text}")
        if token.lemma_.lower() not in HEDGE_LEMMAS and token.lower_ not in HEDGE_LEMMAS:
            if not is_inference_over(token, number):
                continue  # "it appears both were shot" hedges as "believed" does
        if token.pos_ not in HEDGE_POS or _is_attribution_verb(token):
            continue
        if is_warning(token) and warns_of_fact(token, number):
            continue  # "Doctors warned that 30 patients had been admitted": no forecast
        if _denies_a_belief(token):
            continue  # "I don't think there's room for four": no figure is believed
        if believes_in(token, number):
            continue  # "so clearly believed in her judgment": trust, no figure is believed
        if token.lower_ in CATEGORY_HEDGES and token.dep_ == "amod" and not _sizes_figure(token):
            continue  # "likely voters"; not "a reported $1.2 million"
        if compares_likelihood(token, number):
            continue  # "2.4 times as likely to die": a measured ratio, no guess at a size
        if (
            token.lemma_.lower() in CLAIM_LEMMAS
            and (_claims_a_win(number, phrase_head) or _claim_takes_a_win(token))
            and not claimed_as_clause(number, token)
        ):
            continue  # "claiming 41 percent of the vote", "the storm claimed 12 lives"
        if token.lower_ in GUESSING_MODALS and not modal_guesses_figure(token, on_path):
            continue  # "no one may solicit within 150 feet": a possible act, not its size
        if concedes(token):
            continue  # "may only be a venue for some 250,000 Iowans, but ...": granted
        if opens_supposition(token):
            continue  # "- assuming a two-way race": supposed, as under "if"
        if is_forecast_hedge(token) and forecasts_only_the_act(token, number, on_path):
            continue  # "will most likely vote on four measures": the act is forecast
        if is_forecast_hedge(token) and forecasts_recovery(token, number, on_path):
            continue  # "one victim is expected to survive": how they fare, not how many
        if expects_arrival(token, number):
            continue  # "a further 8,000 doses were expected next week": a delivery scheduled
        if forecasts_a_change_of(token, on_path) or forecasts_a_rise(token, on_path):
            continue  # "the toll of 23 is expected to rise": preliminary, no estimate
        if _alleges(token) and _harmed_by(number, path):
            continue  # "allegedly killed his wife": the harm is a fact, its doer alleged
        if victims_of_suspected_harm(number, token):
            continue  # "suspected of slaying wife and son": a known toll, its doer alleged
        if victims_of_believed_doer(number, token):
            continue  # "believe Ruiz and his son were gunned down by two men": the doer believed
        governs = token.i in on_path and token.i != number.i
        if token.i != number.i and not _in_own_phrase(token, phrase_head):
            if starting_level(number):
                continue  # "estimated at 71%, up from 64.8%": the level it changed from
            if token.dep_ == "amod" and _sizes_figure(token):
                continue  # "worth an estimated 800 million, including 11 plots": its own figure
        if governs and _modifies_belief(token, path):
            continue  # "think twice", "we think about the big number: 1,237"
        modifies_path = token.head.i in on_path and token.dep_ in ("advmod", "aux", "amod")
        in_phrase = token.head.i == phrase_head.i and token.dep_ in ("amod", "advmod")
        if governs or modifies_path or in_phrase:
            if token.pos_ == "NOUN" and not in_phrase or _asks_about_cause(token):
                continue
            if _has_own_content(token, number) and (
                not governs or _is_aside(token) or _in_a_conjunct(token, path)
            ):
                continue  # "Five people, believed to be related, were killed"
            anchor = token if governs else token.head
            if not in_phrase and not hedge_reaches(number, phrase_head, anchor, token):
                continue
            return CaveatMention(kind=Caveat.HEDGED, text=token.text)
    return None


def _share_part(number: Token) -> Token | None:
    """The part of a share whose whole the figure's token is: "one" for "three" in "one in
    three deaths", "eight" for "10" in "eight of 10". The share stands where its part stands in
    the clause, so a hedge over the clause reaches it there (tests/wirea a_3: "We estimate that
    one in four deaths is happening in the community", hedged)."""
    whole = number.head if number.dep_ == "nummod" else number
    prep = whole.head
    if whole.dep_ != "pobj" or prep.lower_ not in ("in", "of") or prep.dep_ != "prep":
        return None
    part = prep.head
    return part if part.pos_ == "NUM" and part.i < number.i else None


def _in_own_phrase(token: Token, phrase_head: Token) -> bool:
    """The hedge word modifies the figure's own phrase: "an estimated 2,000 people"."""
    return token.head.i == phrase_head.i and token.dep_ in ("amod", "advmod")


def _alleges(token: Token) -> bool:
    """ "allegedly", or the verb "allege" ("prosecutors allege Smith fired into the crowd,
    killing two people"): an accusation, whose victims are a known toll however the doer is
    alleged (docs/gold-conventions.md, "Victims of an act someone is accused of", which lists
    "accused of", "charged with", "suspected of" and "allegedly"; session 61, cav61)."""
    return token.lower_ in ALLEGATION_ADVERBS or (
        token.pos_ == "VERB" and token.lemma_.lower() in ALLEGATION_VERBS
    )


def _denies_a_belief(verb: Token) -> bool:
    """A negated belief verb ("I don't think there's room for four networks", "we do not
    believe 40 were hurt"): it asserts no figure, so it hedges none (tuning golds: both such
    figures unhedged). An asserted belief still hedges ("strategists think that at least two
    will move on": docs/gold-conventions.md, "Forecasts and beliefs" (a))."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in BELIEF_VERBS
        and any(c.dep_ == "neg" for c in verb.children)
    )


def _sizes_figure(adjective: Token) -> bool:
    """A category hedge ("reported", "likely") before the figure, on its own number: "the deal,
    worth a reported $1.2 million", "paid a reported 300,000 pounds" (realgold30 gold: hedged,
    as "reportedly" in the gold README) size the amount; after the number it names a class of
    what is counted ("eight reported incidents", "996 likely voters"; session 14: not hedged)."""
    noun = adjective.head
    return noun.pos_ == "NUM" or any(
        c.dep_ == "nummod" and c.i > adjective.i for c in noun.children
    )


def _harmed_by(number: Token, path: list[Token]) -> bool:
    """The figure counts whom a harm verb hit, or how often: "(allegedly) killed his wife and
    wounded two officers", "shot himself", "shot the clerk twice"; not "shooting at 5 people"
    (aimed at) nor "stole $5,000"."""
    if number.lemma_.lower() in VICTIM_VERBS and number.pos_ == "VERB":
        return True  # an implied count standing on its verb
    counted = number.head if number.dep_ in ("nummod", "quantmod") else number
    if counted.lower_ in HIT_COUNT_WORDS:
        # "allegedly shot the clerk twice", "stabbed him 12 times": the wounds are found
        verb = next((t for t in path[1:] if t.pos_ == "VERB"), None)
        return verb is not None and verb.lemma_.lower() in VICTIM_VERBS
    for child, parent in zip(path, path[1:], strict=False):
        if child.dep_ in ("dobj", "nsubjpass") and parent.lemma_.lower() in VICTIM_VERBS:
            return True
        if parent.pos_ == "VERB":
            return False  # the first verb above the figure decides
    return False


def _has_own_content(hedge: Token, number: Token) -> bool:
    """The hedge verb says what is believed in a complement of its own, without the figure."""
    complements = [c for c in hedge.children if c.dep_ in ("xcomp", "ccomp")]
    return bool(complements) and all(number not in c.subtree for c in complements)


def _in_a_conjunct(hedge: Token, path: list[Token]) -> bool:
    """The figure's verb is coordinated with the hedge verb, not in what it believes: "The
    shooter, believed to be in his 30s, wounded 2 people" (parsed "believed ... , wounded" as
    one verb and its conjunct): the belief has its own content, the conjunct is another
    predication."""
    below = next((t for t in path if t.head.i == hedge.i and t.i != hedge.i), None)
    return below is not None and below.dep_ == "conj"


def _claims_a_win(number: Token, phrase_head: Token) -> bool:
    """ "claim" meaning win or take: its figure counts votes, seats or lives."""
    nouns = [phrase_head, number]
    nouns += [g for t in nouns for p in t.children if p.dep_ == "prep" for g in p.children]
    return any(t.lemma_.lower() in CLAIM_WIN_OBJECTS for t in nouns)


def _claim_takes_a_win(claim: Token) -> bool:
    """ "claim" whose own object is a win: "claiming 41 percent of the vote to Wells' 33
    percent" (realgold6 gold: neither hedged), "claimed its third title in five years": every
    figure of the clause is of the win taken, none is claimed."""
    for obj in (c for c in claim.children if c.dep_ == "dobj"):
        nouns = [obj, *(g for p in obj.children if p.dep_ == "prep" for g in p.children)]
        if any(t.lemma_.lower() in CLAIM_WIN_OBJECTS for t in nouns):
            return True
    return False


def _is_aside(hedge: Token) -> bool:
    """ "Five people, believed to be related, were killed": a hedge set off by a comma as a
    side clause of another verb says something else of the figure's noun."""
    return hedge.dep_ in ("advcl", "acl") and hedge.i > 0 and hedge.nbor(-1).text == ","


def _asks_about_cause(hedge: Token) -> bool:
    """ "what may have motivated a gunman to shoot four people": the hedge is on what is
    asked (the motive), not on the figure of the event asked about. Not "heard what sounded
    like five gunshots": the "what" of a perception is the thing perceived, no question."""
    if hedge.lemma_.lower() in PERCEPTION_VERBS:
        return False
    verb = hedge.head if hedge.dep_ in ("aux", "advmod") else hedge
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("what", "why", "how")
        for c in verb.children
    )


def _modifies_belief(hedge: Token, path: list[Token]) -> bool:
    """ "think twice", "we think about the big number: 1,237", "assumed control of the firm in
    three transactions", "until voters have their say in one or two states, I think ...": the
    figure modifies the act of believing or supposing itself, it is not in what is believed
    ("Officials believe 12 people drowned", "he is presumed to have killed three")."""
    if hedge.lemma_.lower() not in SUPPOSING_VERBS or hedge.pos_ != "VERB":
        return False
    below = next((t for t in path if t.head.i == hedge.i and t.i != hedge.i), None)
    return below is not None and below.dep_ in SUPPOSING_OWN_MODIFIER_DEPS


def _is_attribution_verb(token: Token) -> bool:
    """ "Reuters reported that ...": an active reporting verb attributes, it does not hedge;
    a passive one without a state ("800 shootings had been reported") records.

    "claimed", "alleged" and "estimated" stay hedges with a subject (gold README, "hedged").
    """
    if token.lemma_.lower() != "report" or token.pos_ != "VERB":
        return False
    if any(
        c.dep_ in REPORTED_STATE_DEPS and c.lower_ in REPORT_MADE_STATES for c in token.children
    ):
        return True  # "400 people were reported missing": a missing-person report, recorded
    if token.dep_ == "acl" and token.head.pos_ == "PROPN":
        return True  # "the Express-News reported of two victims", parsed as a modifier
    if token.dep_ == "acl" and any(c.dep_ == "ccomp" for c in token.children):
        return True  # "A local radio station reported on Monday that 15 had died"
    if any(c.dep_ == "dobj" for c in token.children):
        # "Bihar reported 31 deaths, and Jharkhand and Odisha together reported 13": a verb
        # with its own object reports actively, whatever subject the parse gives it
        # (tests/wire2n gold: not hedged; session 72)
        return True
    if token.dep_ == "acl" and not _reported_state(token):
        # "roadblocks reported at 96 points": a participle on what was reported records it,
        # as "800 shootings had been reported" does (tests/wire2p gold: not hedged)
        return True
    if any(c.dep_ == "nsubjpass" for c in token.children):
        # "800 shootings had been reported", "Five cases were reported on Monday": the figure
        # counts what was recorded; only "were reported killed / dead / to have died" hedges
        return not _reported_state(token)
    if any(c.dep_ == "nsubj" for c in token.children):
        return True
    # "Police arrived and reported finding a man with two wounds", "the station confirmed the
    # shooting and reported that four were hurt": a verb coordinated with an active verb shares
    # its subject, so it is active too and attributes (session 61, cav61)
    return token.dep_ == "conj" and any(c.dep_ == "nsubj" for c in token.head.children)


def _reported_state(verb: Token) -> bool:
    """A passive "reported" says a state of what it reports: "were reported killed", "reported
    dead", "reported to have died" (REPORTED_STATE_DEPS): hearsay, as "reportedly" is."""
    return any(c.dep_ in REPORTED_STATE_DEPS for c in verb.children)
