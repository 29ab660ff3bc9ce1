"""Hedge words on a figure: "reportedly killed 12", "an estimated 2,000", "believed to
include roughly 10" (gold README, "hedged"); which hedges reach the figure and which do not."""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.caveats.believers import counts_believers
from factcheck.extract.caveats.claim_hedges import claim_noun_over, claimed_as_clause
from factcheck.extract.caveats.concessive_modals import concedes
from factcheck.extract.caveats.forecast_hedges import forecasts_only_the_act, is_forecast_hedge
from factcheck.extract.caveats.hedge_clause_reach import (
    embedded_question,
    known_time_clause,
    own_coordinate_clause,
    starting_level,
)
from factcheck.extract.caveats.inference_hedges import guess_aside, is_inference_over
from factcheck.extract.caveats.known_tolls import (
    victims_of_believed_doer,
    victims_of_suspected_harm,
)
from factcheck.extract.caveats.relative_hedges import relative_hedge
from factcheck.extract.caveats.suppositions import opens_supposition
from factcheck.extract.lexicon import (
    ALLEGATION_ADVERBS,
    CATEGORY_HEDGES,
    CLAIM_LEMMAS,
    CLAIM_WIN_OBJECTS,
    CLAUSE_BREAKS,
    CLAUSE_MARKS_OUTSIDE_HEDGE,
    DEFINITE_DETERMINERS,
    GUESSING_MODALS,
    HARM_STATED_WORDS,
    HEDGE_LEMMAS,
    HEDGE_POS,
    HEDGE_SUBJECT_NOUNS,
    INFERENCE_VERBS,
    MODAL_COUNT_VERBS,
    PERCEPTION_VERBS,
    QUANTITY_SUBJECTS,
    REPORTED_STATE_DEPS,
    SIZE_PREPOSITIONS,
    SIZE_VERBS,
    SPECULATIVE_MODALS,
    SUPPOSING_OWN_MODIFIER_DEPS,
    SUPPOSING_VERBS,
    VALUATION_PREPS,
    VICTIM_VERBS,
)
from factcheck.extract.sources.misread_verbs import misread_verb_source
from factcheck.model import Caveat, CaveatMention


def hedge_of(number: Token) -> CaveatMention | None:
    """A hedge word governing the figure's clause or inside its noun phrase.

    "which are believed to include roughly 10 Americans" (seed), "reportedly killed 12",
    "an estimated 2,000".
    """
    path = [number, *number.ancestors]
    on_path = {t.i for t in path}
    phrase_head = number.head if number.dep_ in ("nummod", "quantmod") else number
    sent = number.sent
    estimate = (
        _estimate_as_subject(path)
        or _estimate_states(number, phrase_head)
        or _misread_hedge_verb(path)
    )
    if estimate is not None:
        return CaveatMention(kind=Caveat.HEDGED, text=estimate.text)
    relative = relative_hedge(number)
    if relative is not None:
        return CaveatMention(kind=Caveat.HEDGED, text=relative.text)
    aside = guess_aside(number)
    if aside is not None:  # "they shot, I would say, six shots"
        return CaveatMention(kind=Caveat.HEDGED, text=aside.text)
    claim = claim_noun_over(number)
    if claim is not None and _hedge_reaches(number, phrase_head, claim, claim):
        return CaveatMention(kind=Caveat.HEDGED, text=claim.text)
    for token in sorted(sent, key=lambda t: abs(t.i - number.i)):
        if _guesses_size(token, on_path):
            return CaveatMention(kind=Caveat.HEDGED, text=f"{token.text} {token.head.text}")
        if token.lemma_.lower() not in HEDGE_LEMMAS and token.lower_ not in HEDGE_LEMMAS:
            if not is_inference_over(token, number):
                continue  # "it appears both were shot" hedges as "believed" does
        if token.pos_ not in HEDGE_POS or _is_attribution_verb(token):
            continue
        if token.lower_ in CATEGORY_HEDGES and token.dep_ == "amod" and not _sizes_figure(token):
            continue  # "likely voters"; not "a reported $1.2 million"
        if (
            token.lemma_.lower() in CLAIM_LEMMAS
            and _claims_a_win(number, phrase_head)
            and not claimed_as_clause(number, token)
        ):
            continue  # "claiming 41 percent of the vote", "the storm claimed 12 lives"
        if token.lower_ in GUESSING_MODALS and not _modal_guesses_figure(token, on_path):
            continue  # "no one may solicit within 150 feet": a possible act, not its size
        if concedes(token):
            continue  # "may only be a venue for some 250,000 Iowans, but ...": granted
        if opens_supposition(token):
            continue  # "- assuming a two-way race": supposed, as under "if"
        if is_forecast_hedge(token) and forecasts_only_the_act(token, number, on_path):
            continue  # "will most likely vote on four measures": the act is forecast
        if token.lower_ in ALLEGATION_ADVERBS and _harmed_by(number, path):
            continue  # "allegedly killed his wife": the harm is a fact, its doer alleged
        if victims_of_suspected_harm(number, token):
            continue  # "suspected of slaying wife and son": a known toll, its doer alleged
        if victims_of_believed_doer(number, token):
            continue  # "believe Ruiz and his son were gunned down by two men": the doer believed
        governs = token.i in on_path and token.i != number.i
        if governs and _modifies_belief(token, path):
            continue  # "think twice", "we think about the big number: 1,237"
        modifies_path = token.head.i in on_path and token.dep_ in ("advmod", "aux", "amod")
        in_phrase = token.head.i == phrase_head.i and token.dep_ in ("amod", "advmod")
        if governs or modifies_path or in_phrase:
            if token.pos_ == "NOUN" and not in_phrase or _asks_about_cause(token):
                continue
            if _has_own_content(token, number) and (not governs or _is_aside(token)):
                continue  # "Five people, believed to be related, were killed"
            anchor = token if governs else token.head
            if not in_phrase and not _hedge_reaches(number, phrase_head, anchor, token):
                continue
            return CaveatMention(kind=Caveat.HEDGED, text=token.text)
    return None


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
    """The figure counts whom a harm verb hit: "(allegedly) killed his wife and wounded two
    officers", "shot himself"; not "shooting at 5 people" (aimed at) nor "stole $5,000"."""
    if number.lemma_.lower() in VICTIM_VERBS and number.pos_ == "VERB":
        return True  # an implied count standing on its verb
    for child, parent in zip(path, path[1:], strict=False):
        if child.dep_ in ("dobj", "nsubjpass") and parent.lemma_.lower() in VICTIM_VERBS:
            return True
        if parent.pos_ == "VERB":
            return False  # the first verb above the figure decides
    return False


def _hedge_reaches(number: Token, phrase_head: Token, anchor: Token, hedge: Token) -> bool:
    """A hedge outside the figure's phrase is about the figure only when the figure is what the
    hedged clause asserts: not a known figure ("Trump's two rivals", "the four Americans killed
    ... might have been saved"), nor one inside a relative or conditional clause ("the bank,
    which has held rates near zero, is expected to act"; "if you ask one more question, I may
    leave"), nor a figure deep in the subject ("Many in the staff of more than 100 are expected
    to fan out"). An adverb hedges the whole event, its known participants too ("allegedly
    kidnapped her two children")."""
    if hedge.pos_ != "ADV" and phrase_head.i != anchor.i and _known(phrase_head):
        return False
    if phrase_head.i != anchor.i and _harm_stated(_noun_of(phrase_head)):
        return False  # "4 killed on the South Side may have died in a home invasion"
    low, high = sorted((number.i, anchor.i))
    # a line break ends the clause too: a newsletter's headline item run into its next line
    # ("YAHOO SOLD FOR $4.8 BILLION\nThe sale is expected to ...")
    if any(t.text in CLAUSE_BREAKS or "\n" in t.text_with_ws for t in number.doc[low:high]):
        return False
    if _in_capitals(number) and not _in_capitals(anchor):
        return False  # "bail set at $50,000 — Carter is expected to be arraigned"
    if (
        number.pos_ == "VERB"
        and hedge.pos_ == "VERB"
        and hedge.lemma_.lower() not in INFERENCE_VERBS
        and _names_agent(number)
    ):
        # "Police believe Lee shot and killed her sister": who did it is believed; an
        # inference is about the whole act ("it appears the father killed himself", realgold16
        # gold and docs/gold-conventions.md: hedged)
        return False
    child = number
    for parent in number.ancestors:
        if child.dep_ == "relcl":
            return False
        if child.dep_ == "advcl" and any(
            c.lower_ in CLAUSE_MARKS_OUTSIDE_HEDGE for c in child.children
        ):
            return False
        if own_coordinate_clause(child, parent, anchor, hedge) or known_time_clause(child, hedge):
            return False  # "allegedly shot ..., and her two children were unharmed"
        if embedded_question(child, hedge) or starting_level(number, child, parent):
            return False  # "thought they would ask why they lost twice", "to 9 from 6 million"
        if child.dep_ == "prep" and child.lower_ == "than" and _known(_noun_of(phrase_head)):
            return False  # "likely larger than the four points Lee got": a known standard
        if (
            child.dep_ in ("nsubj", "nsubjpass", "csubj")
            and child.i not in (number.i, phrase_head.i)
            and child.lemma_.lower() not in QUANTITY_SUBJECTS
        ):
            return False
        if hedge.pos_ != "ADV" and _inside_known_phrase(child, number, phrase_head, hedge):
            return False  # "comparable to the 11 debates held for 17 candidates"
        if parent.i == anchor.i:
            # "60-70% of the American people think we're going the wrong way": the figure
            # counts who believes, it is not what is believed
            return not (
                parent.i == hedge.i
                and (child.dep_ in ("nsubj", "agent") or counts_believers(child, hedge))
            )
        child = parent
    return True


def _inside_known_phrase(noun: Token, number: Token, phrase_head: Token, hedge: Token) -> bool:
    """The figure sits inside a noun phrase the text presents as known ("her years as senator
    for eight years", "the 11 debates held for 17 candidates"): it describes a known thing,
    it is not what a belief or forecast outside that phrase asserts. A phrase that counts
    ("the toll of 40") still carries its figure, and so does what the hedge verb itself sizes
    ("estimates LinkedIn's users at 100 million")."""
    if noun.i in (number.i, phrase_head.i) or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.head.i == hedge.i and noun.dep_ == "dobj":
        step = next(t for t in [number, *number.ancestors] if t.head.i == noun.i)
        if step.dep_ == "prep" and step.lower_ in VALUATION_PREPS:
            return False  # "estimates the users at 100 million": the figure sizes the object
    return noun.lemma_.lower() not in QUANTITY_SUBJECTS and _known(noun)


def _harm_stated(noun: Token) -> bool:
    """The figure's phrase states the harm it counts after it: "4 killed on the South Side",
    "Four people shot outside a bar", "three dead": the count stands on that word, so a hedge
    on the verb the phrase is the subject of ("... may have died in a home invasion") is about
    what else is said of them, not about how many (realgold10 headline gold)."""
    return any(
        (c.dep_ == "acl" and c.tag_ == "VBN") or (c.dep_ == "amod" and c.pos_ == "ADJ")
        for c in noun.children
        if c.i > noun.i and c.lemma_.lower() in HARM_STATED_WORDS
    )


def _noun_of(token: Token) -> Token:
    """The noun a number or range counts: "four" in "the three to four points" -> "points"."""
    while token.dep_ in ("nummod", "quantmod") and token.head.i != token.i:
        token = token.head
    return token


def _known(phrase_head: Token) -> bool:
    """A figure the phrase presents as known: "the four Americans", "Trump's two rivals"."""
    return any(
        c.dep_ == "poss" or (c.dep_ in ("det", "predet") and c.lower_ in DEFINITE_DETERMINERS)
        for c in phrase_head.children
    )


def _possessed(number: Token) -> bool:
    """ "Clinton's 3-point lead": the figure's phrase belongs to someone."""
    head = number.head if number.dep_ in ("nummod", "quantmod", "compound", "amod") else number
    return any(c.dep_ == "poss" for c in head.children)


def _in_capitals(token: Token) -> bool:
    """A word in a run of capitals: a headline item of a newsletter run into the prose after
    it ("VERIZON TO BUY YAHOO FOR $4.8 BILLION The sale is expected ...")."""
    doc = token.doc
    words = [t for t in doc[max(token.i - 5, 0) : token.i + 1] if t.is_alpha][-3:]
    # the run ends where the prose it runs into starts: "FOR $4.83 BILLION The sale is ..."
    for after in doc[token.i + 1 : token.i + 3]:
        if after.is_alpha and not after.is_upper:
            break
        if after.is_alpha:
            words.append(after)
    return len(words) >= 3 and all(t.is_upper for t in words)


def _misread_hedge_verb(path: list[Token]) -> Token | None:
    """ "Trump estimates that he spent $45 million": a hedging verb the parse reads as a noun
    after its name still hedges the figure it reports (misread_verbs.py; realgold10 gold)."""
    return next(
        (
            t
            for t in path[1:]
            if t.lemma_.lower() in HEDGE_LEMMAS and misread_verb_source(t) is not None
        ),
        None,
    )


def _estimate_as_subject(path: list[Token]) -> Token | None:
    """ "His cost estimates have been between $8 billion and $12 billion", "The estimated cost
    is $5 million", "Projections show a deficit of $9 billion": an estimate is the subject of
    the figure's verb."""
    for depth, token in enumerate(path[1:]):
        # "Estimates by the county put the damage at $3 million": a verb the figure is an
        # argument of, not one whose object only holds the figure deep inside ("estimates show
        # the vote in line with Clinton's 3-point lead")
        if token.pos_ not in ("VERB", "AUX"):
            continue
        if token.lemma_.lower() != "be" and (depth > 2 or _possessed(path[0])):
            return None
        for subject in token.children:
            if subject.dep_ not in ("nsubj", "nsubjpass"):
                continue
            words = [subject, *(c for c in subject.children if c.dep_ in ("amod", "compound"))]
            for word in words:
                if word.lemma_.lower() in HEDGE_SUBJECT_NOUNS or word.lower_ in HEDGE_SUBJECT_NOUNS:
                    return word
        return None
    return None


def _estimate_states(number: Token, phrase_head: Token) -> Token | None:
    """The figure is what an estimate noun states: "the $2 billion average estimate" (the
    figure sizes the estimate), "a projection shows that the share could fall to under a
    third" (the estimate says the figure's clause), "the assumption that he needs at least 60
    million votes", "it's a fair assumption that ..." (the clause is the assumption)."""
    noun = _noun_of(number)
    if noun.i != number.i and noun.lemma_.lower() in HEDGE_SUBJECT_NOUNS:
        return noun
    clause = next((t for t in number.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if clause is None or _possessed(number):
        return None
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    frame = clause.head
    if clause.dep_ == "acl" and marks == {"that"}:
        candidates = [frame]  # "the assumption that ...": the noun's own content clause
    elif clause.dep_ == "ccomp" or (clause.dep_ == "advcl" and marks == {"that"}):
        candidates = list(frame.children)
    else:
        return None  # "the forecast was cut after 40 stores closed": no content of it
    for noun in candidates:
        if noun.lemma_.lower() not in HEDGE_SUBJECT_NOUNS or noun.pos_ != "NOUN":
            continue
        # the estimate says the clause ("projections show that ..."), is what "it" is ("it's an
        # assumption that ..."), or holds it ("the assumption that ..."): not an estimate the
        # clause only mentions
        says = noun.dep_ in ("nsubj", "nsubjpass") or noun.i == frame.i
        is_it = noun.dep_ == "attr" and any(
            c.dep_ in ("nsubj", "expl") and c.lower_ in ("it", "this") for c in frame.children
        )
        if (says or is_it) and _hedge_reaches(number, phrase_head, frame, noun):
            return noun
    return None


def _has_own_content(hedge: Token, number: Token) -> bool:
    """The hedge verb says what is believed in a complement of its own, without the figure."""
    complements = [c for c in hedge.children if c.dep_ in ("xcomp", "ccomp")]
    return bool(complements) and all(number not in c.subtree for c in complements)


def _claims_a_win(number: Token, phrase_head: Token) -> bool:
    """ "claim" meaning win or take: its figure counts votes, seats or lives."""
    nouns = [phrase_head, number]
    nouns += [g for t in nouns for p in t.children if p.dep_ == "prep" for g in p.children]
    return any(t.lemma_.lower() in CLAIM_WIN_OBJECTS for t in nouns)


def _is_aside(hedge: Token) -> bool:
    """ "Five people, believed to be related, were killed": a hedge set off by a comma as a
    side clause of another verb says something else of the figure's noun."""
    return hedge.dep_ in ("advcl", "acl") and hedge.i > 0 and hedge.nbor(-1).text == ","


def _names_agent(verb: Token) -> bool:
    """An implied count's verb with its doer named: "Lee shot and killed her sister"."""
    while verb.dep_ == "conj":
        verb = verb.head
    return any(c.dep_ == "nsubj" for c in verb.children)


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


def _modal_guesses_figure(modal: Token, on_path: set[int]) -> bool:
    """ "As many as 20 people may have died", "might be 40 to 50 feet high", "may have shot
    four people": the figure is what may be, a size the verb gives, or a harm's count; not a
    figure that only places or prices a possible act ("no one may solicit within 150 feet")."""
    verb = modal.head
    if modal.dep_ != "aux" or verb.i not in on_path:
        return True  # not a modal on the figure's clause: the other checks decide
    below = next((t for t in verb.children if t.i in on_path), None)
    if below is None or below.dep_ in ("nsubj", "nsubjpass", "expl", "attr"):
        return True  # the figure's own word is the verb, or the figure is what may be
    lemma = verb.lemma_.lower()
    return lemma in SIZE_VERBS or lemma in MODAL_COUNT_VERBS


def _guesses_size(token: Token, on_path: set[int]) -> bool:
    """ "could be as high as 150": a speculative modal on a verb that sizes the figure."""
    verb = token.head
    if not (
        token.lower_ in SPECULATIVE_MODALS
        and token.dep_ == "aux"
        and verb.i in on_path
        and verb.lemma_.lower() in SIZE_VERBS
    ):
        return False
    # the figure sizes what the verb says of its subject, it is not the subject: "up to 5
    # million people could be eligible", "33% would be scared" guess at nothing's size
    below = next((t for t in verb.children if t.i in on_path), None)
    if below is None or below.dep_ in ("nsubj", "nsubjpass", "csubj"):
        return False
    if verb.lemma_.lower() != "be":
        return False  # "could reach 40 percent": a forecast of a size, not a guess at one
    if below.dep_ == "attr":
        return True
    if below.dep_ == "prep":
        return below.lower_ in SIZE_PREPOSITIONS  # "could be between 100 and 200"
    # "could be as high as 150", "could be higher than 150"; not "would be scared, including 8%"
    return below.dep_ == "acomp" and any(
        t.lower_ in ("as", "than") and t.i in on_path for t in below.subtree
    )


def _is_attribution_verb(token: Token) -> bool:
    """ "Reuters reported that ...": an active reporting verb attributes, it does not hedge;
    a passive one without a state ("800 shootings had been reported") records.

    "claimed", "alleged" and "estimated" stay hedges with a subject (gold README, "hedged").
    """
    if token.lemma_.lower() != "report" or token.pos_ != "VERB":
        return False
    if token.dep_ == "acl" and token.head.pos_ == "PROPN":
        return True  # "the Express-News reported of two victims", parsed as a modifier
    if token.dep_ == "acl" and any(c.dep_ == "ccomp" for c in token.children):
        return True  # "A local radio station reported on Monday that 15 had died"
    if any(c.dep_ == "nsubjpass" for c in token.children):
        # "800 shootings had been reported", "Five cases were reported on Monday": the figure
        # counts what was recorded; only "were reported killed / dead / to have died" hedges
        return not any(c.dep_ in REPORTED_STATE_DEPS for c in token.children)
    return any(c.dep_ == "nsubj" for c in token.children)
