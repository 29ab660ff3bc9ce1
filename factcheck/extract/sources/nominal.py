"""Nominal sources: documents, polls, claims and plans that a figure is attributed to (issue 11).

"reports of 200 missing", "outside estimates that the navy has 40 ships", "Mr. Lee's claim
that 90 percent ...", "By the AP's tally, he has 739", "half of the voters surveyed in a new
poll", "The poll by the Public Policy Institute of California", "a statement from the military"
(the body behind it), and the verbs that attribute without saying ("The companies expect to save
$2 billion", "the agency raised the death toll to 267"). ``attribution.py`` walks the figure's
path and ``attribution_steps.py`` asks here at each step; a document's author and the body behind
it are read in ``document_authors.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    ANONYMOUS_HEADS,
    ASSERTING_ENTITY_TYPES,
    AVERAGE_HEADS,
    COUNT_REVISION_VERBS,
    DEMAND_VERBS,
    DENIAL_VERBS,
    DOCUMENT_HEADS,
    FIGURE_NOUNS,
    FORECAST_NOUNS,
    FORECAST_REVISION_VERBS,
    INTENTION_FORMS,
    INTENTION_VERBS,
    ORG_HEADS,
    OWN_DETERMINERS,
    OWNED_CLAIM_HEADS,
    PERSON_NOUNS,
    PLEDGE_VERBS,
    PROPOSAL_VERBS,
    QUESTION_VERBS,
    REWARD_FOR_NOUNS,
    REWARD_NOUNS,
    REWARD_VERBS,
    STANCE_VERBS,
    SURVEY_HEADS,
    SURVEY_VERBS,
    UNIQUE_ROLE_HEADS,
)
from factcheck.extract.sources.kind_cues import is_owned

# How an infinitive hangs on the verb whose subject it shares.
_INFINITIVE_DEPS = frozenset({"xcomp", "advcl", "relcl", "acl"})
# What a verb that closes its sentence governs nothing of after itself.
_CLAUSE_AFTER_DEPS = frozenset({"dobj", "ccomp", "xcomp", "conj", "attr", "acomp"})


def survey_object(prep: Token, *, stance: bool = False) -> Token | None:
    """ "in a Reuters poll", "in the RealClearPolitics average of polls", "by the AP's tally";
    with ``stance``, "under the governor's plan" too."""
    for obj in prep.children:
        if obj.dep_ != "pobj" or _an_average_of_a_figure(obj) or _a_state_under(prep, obj):
            continue
        if obj.lemma_.lower() in SURVEY_HEADS or is_owned_claim(obj):
            return obj
    return None


def _a_state_under(prep: Token, noun: Token) -> bool:
    """ "Two officers are under investigation", "Double homicide under investigation" (realgold
    gold: no source): "under" with a bare noun is a state someone is in, not a frame that
    speaks as "under the governor's plan" does; no investigation, review or study gives it."""
    if prep.lower_ != "under":
        return False
    return not any(c.dep_ in ("det", "poss", "compound", "amod") for c in noun.lefts)


def _an_average_of_a_figure(noun: Token) -> bool:
    """ "leading the last 10 polls by an average of seven points": an average of a figure is a
    size the writer gives, not a poll average that speaks."""
    if noun.lemma_.lower() not in AVERAGE_HEADS:
        return False
    return any(
        prep.lower_ == "of" and any(t.like_num for t in prep.subtree) for prep in noun.rights
    )


def opens_with_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def shared_objects(number: Token) -> list[Token]:
    """What a share counts: "half of the voters", "40 percent of adults" -> voters, adults."""
    shares = [number, number.head] if number.dep_ == "nummod" else [number]
    return [
        obj
        for share in shares
        for prep in share.children
        if prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def surveyed_in(noun: Token) -> Token | None:
    """ "voters surveyed in a new poll", "adults polled by Gallup": the poll that asked them."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for acl in noun.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_.lower() not in SURVEY_VERBS:
            continue
        for prep in acl.children:
            survey = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if survey is None or prep.lower_ not in ("in", "by", "for"):
                continue
            if prep.dep_ == "agent" or survey.lemma_.lower() in SURVEY_HEADS:
                return survey
    return None


def complements(below: Token) -> bool:
    """What a claim or plan says: "claim that ...", "plan to ...", "estimate of ..."; not a
    relative clause about it ("his plan, which involved 36 holes")."""
    return below.dep_ in ("acl", "ccomp") or (below.dep_ == "prep" and below.lower_ == "of")


def is_owned_claim(token: Token) -> bool:
    """ "the budget office's outlook", "Mr. Lee's claim", "WHO figures"; not "Ms. Ruiz's plan":
    a plan or proposal reports nothing ("Ruiz's plan would raise $15 billion", "his proposal to
    deport 11 million", "her plan to sink $30 billion": the tuning golds give a lone owned plan
    no source, realgold6, 7, 10, 19, 24, 30; PolNeAR gives its owner). A speaker around it still
    tells the figure ("Lee said his plan would create 40,000 jobs"). A claim needs a possessive
    (in "Varenia's Duro claims win" the headline's "claims" is a verb)."""
    word = token.lemma_.lower()
    if token.pos_ != "NOUN" or word not in OWNED_CLAIM_HEADS or not is_owned(token):
        return False
    return word in DOCUMENT_HEADS or any(c.dep_ == "poss" for c in token.lefts)


def takes_a_stance(verb: Token, below: Token) -> bool:
    """ "The companies expect to save $2 billion", "analysts peg the loss at $3 million": the
    figure is in what the subject believes, expects or sizes; not what it proposes or seeks
    (``an_aim``)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in STANCE_VERBS or an_aim(verb):
        return False
    return below.dep_ in ("ccomp", "xcomp", "dobj", "oprd") or (
        below.dep_ == "prep" and below.lower_ in ("for", "at")
    )


def an_aim(verb: Token) -> bool:
    """ "hopes that winning the state's 80 delegates will ...", "plans to back at least 50
    candidates": what someone hopes, plans or wants is an aim, not a figure they report
    (realgold10, realgold12 golds); so is what they demand, advocate, propose or seek ("workers
    who demanded a $15 minimum wage", "she is proposing $275 billion": realgold14, 24 golds)."""
    word = verb.lemma_.lower()
    if word in PROPOSAL_VERBS:
        return True  # "Clinton seeks an additional $1 trillion", "is proposing $275 billion"
    return word in INTENTION_VERBS or word in DEMAND_VERBS or verb.lower_ in INTENTION_FORMS


def pledges_an_act(verb: Token, below: Token) -> bool:
    """ "He pledged that he would get the rate down to 6 percent", "vowed to cut 5,000 jobs": a
    pledge of what someone will do is an aim, not a report (realgold5 golds); not a gift pledged
    ("Britain pledged 1 million pounds", its object: dev gold)."""
    return verb.lemma_.lower() in PLEDGE_VERBS and below.dep_ in ("ccomp", "xcomp")


def asserts_a_complement(verb: Token, below: Token) -> bool:
    """ "Lee bragged that the rate fell below 5 percent", "the examiner's office determined
    three were shot in the head": the figure is in the that-clause of any verb whose subject
    is a person or a body (the weakest attribution, like a stance); not a question ("asked
    whether 40 died") nor a denial."""
    if verb.pos_ != "VERB" or below.dep_ != "ccomp":
        return False
    if verb.lemma_.lower() in DENIAL_VERBS or verb.lemma_.lower() in QUESTION_VERBS:
        return False
    if an_aim(verb) or pledges_an_act(verb, below):
        return False  # nor an aim: "hopes that winning its 80 delegates will ..."
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if below.i < verb.i:
        # a closing clause: "Three were shot in the head, the examiner's office determined."
        if subject is None or not _closes_the_sentence(verb, subject, below):
            return False
    elif not opens_with_that(below):
        return False  # an assertion the writer marks as one: "bragged that ..."
    if subject is None:
        carrier = infinitive_carrier(verb)
        subject = (
            None
            if carrier is None
            else next((c for c in carrier.children if c.dep_ == "nsubj"), None)
        )
    return subject is not None and can_assert(subject)


def _closes_the_sentence(verb: Token, subject: Token, clause: Token) -> bool:
    """ "..., the examiner's office determined." : the subject right after a comma that ends
    the clause, and nothing the verb governs after it (not "...; Lee would beat him")."""
    edge = subject.left_edge.i
    if edge <= clause.i or edge == 0 or subject.doc[edge - 1].text != ",":
        return False
    return not any(c.i > verb.i and c.dep_ in _CLAUSE_AFTER_DEPS for c in verb.children)


def infinitive_carrier(verb: Token) -> Token | None:
    """The verb whose subject an infinitive without one shares: "Lee held a briefing to brag
    that ..." (held), "Lee wants to announce that ..." (wants)."""
    if not any(c.tag_ == "TO" for c in verb.children) or verb.dep_ not in _INFINITIVE_DEPS:
        return None
    head = verb.head
    if head.pos_ == "NOUN" and head.dep_ == "dobj":
        head = head.head  # "held a briefing to brag"
    return head if head.pos_ == "VERB" and head.i != verb.i else None


def can_assert(subject: Token) -> bool:
    """A person or a body: a named one, a pronoun for one, or a role or body noun."""
    if subject.ent_type_ in ASSERTING_ENTITY_TYPES:
        return True
    if subject.pos_ == "PRON":
        return subject.lower_ in ("he", "she", "they", "we", "i")
    word = subject.lemma_.lower()
    return subject.pos_ in ("NOUN", "PROPN") and (word in PERSON_NOUNS or word in ORG_HEADS)


def revises_a_count(verb: Token) -> bool:
    """ "The agency raised the death toll to 267": revising a count reports it; so does
    revising one's own forecast ("The Treasury cut its growth estimate to 1.1%")."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in COUNT_REVISION_VERBS and any(o.lemma_.lower() in FIGURE_NOUNS for o in objects):
        return True
    return lemma in FORECAST_REVISION_VERBS and any(_own_forecast(o) for o in objects)


def _own_forecast(noun: Token) -> bool:
    """ "its growth forecast", "their estimate": a forecast its owner revises."""
    if noun.lemma_.lower() not in FORECAST_NOUNS:
        return False
    return any(c.dep_ == "poss" and c.lower_ in OWN_DETERMINERS for c in noun.children)


def figure_comes_from(verb: Token, below: Token) -> Token | None:
    """ "The '90 to 95 percent' figure came from the campaign", "the estimate comes from the
    budget office": where a figure comes from is its source."""
    if verb.lemma_.lower() != "come" or below.dep_ != "nsubj":
        return None
    if below.lemma_.lower() not in FIGURE_NOUNS:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            origin = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if origin is not None and _gives_figures(origin):
                return origin
            return None  # "the remaining 18 deaths came from a drone strike": a cause
    return None


def _gives_figures(origin: Token) -> bool:
    """ "came from the campaign", "from a count by X": a source or a document, not a cause
    ("deaths came from a drone strike", "came from shelling"; tests/wirea a_1 gold: the
    ministry that said it)."""
    return names_a_source(origin) or origin.lemma_.lower() in DOCUMENT_HEADS


def offers_a_reward(verb: Token) -> bool:
    """ "Police upped the reward by $20,000", "Crime Stoppers will pay up to $5,000 for
    information": whoever offers a reward is the source of its sum."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REWARD_VERBS:
        return False
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in REWARD_NOUNS:
            return True
        if child.dep_ == "prep" and child.lower_ == "for":
            if any(o.lemma_.lower() in REWARD_FOR_NOUNS for o in child.children):
                return True
    return False


def names_a_source(token: Token) -> bool:
    word = token.lemma_.lower()
    return (
        token.pos_ == "PROPN"
        or word in ANONYMOUS_HEADS
        or word in ORG_HEADS
        or word in UNIQUE_ROLE_HEADS
    )
