"""Nominal sources: documents, polls, claims and plans that a figure is attributed to (issue 11).

"reports of 200 missing", "outside estimates that the navy has 40 ships", "Mr. Lee's claim
that 90 percent ...", "By the AP's tally, he has 739", "half of the voters surveyed in a new
poll", "The poll by the Public Policy Institute of California", "a statement from the military"
(the body behind it), and the verbs that attribute without saying ("The companies expect to save
$2 billion", "the agency raised the death toll to 267"). ``attribution.py`` walks the figure's
path and ``attribution_steps.py`` asks here at each step.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import (
    ANONYMOUS_HEADS,
    ASSERTING_ENTITY_TYPES,
    AUTHORED_DOCUMENT_HEADS,
    AVERAGE_HEADS,
    COUNT_REVISION_VERBS,
    CREDITED_DOCUMENT_HEADS,
    DEMAND_VERBS,
    DENIAL_VERBS,
    DOCUMENT_HEADS,
    DOCUMENT_PREPS,
    FIGURE_NOUNS,
    INTENTION_FORMS,
    INTENTION_VERBS,
    ORG_HEADS,
    OWNED_CLAIM_HEADS,
    PERSON_NOUNS,
    PLEDGE_VERBS,
    POLLS_FROM_THEIR_POLLSTER,
    PROPOSAL_VERBS,
    QUESTION_VERBS,
    RECORDS_FROM_HEADS,
    RELEASED_DOCUMENT_HEADS,
    REWARD_FOR_NOUNS,
    REWARD_NOUNS,
    REWARD_VERBS,
    STANCE_VERBS,
    SURVEY_HEADS,
    SURVEY_VERBS,
    UNIQUE_ROLE_HEADS,
)
from factcheck.extract.sources.document_credits import credits_below, names_an_author
from factcheck.extract.sources.joined_authors import joined_author_end
from factcheck.extract.sources.kind_cues import is_owned
from factcheck.extract.sources.source_phrase import source_phrase

# How an infinitive hangs on the verb whose subject it shares.
_INFINITIVE_DEPS = frozenset({"xcomp", "advcl", "relcl", "acl"})
# Polls and studies: "of" names those they asked or studied, not their author.
_ASKING_HEADS = AUTHORED_DOCUMENT_HEADS & SURVEY_HEADS
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
    """ "The agency raised the death toll to 267": revising a count reports it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in COUNT_REVISION_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in FIGURE_NOUNS for c in verb.children)


def figure_comes_from(verb: Token, below: Token) -> Token | None:
    """ "The '90 to 95 percent' figure came from the campaign", "the estimate comes from the
    budget office": where a figure comes from is its source."""
    if verb.lemma_.lower() != "come" or below.dep_ != "nsubj":
        return None
    if below.lemma_.lower() not in FIGURE_NOUNS:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


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


def document_by(head: Token) -> Span | None:
    """ "The poll by the Public Policy Institute", "The survey, conducted by the institute",
    "a memo released Friday by the agency's watchdog", "a tally by The Daily Ledger", "records
    obtained from the county clerk": the real gold writes a document credited to its author
    whole (docs/gold-conventions.md, "Documents 'by' an organisation"; a poll "from" its
    pollster too, "A poll from Marquette Law School", realgold gold; the fictional
    development gold wrote the author alone); figures and statements still give the body
    behind them (``body_behind_document``)."""
    word = head.lemma_.lower()
    wanted: frozenset[str] = frozenset()
    if word in POLLS_FROM_THEIR_POLLSTER:
        wanted = frozenset({"by", "from"})  # "A poll from Marquette Law School" (source35)
    elif word in AUTHORED_DOCUMENT_HEADS or word in CREDITED_DOCUMENT_HEADS:
        wanted = frozenset({"by"})
    elif word in RECORDS_FROM_HEADS or head.lower_ in RECORDS_FROM_HEADS:
        wanted = frozenset({"from"})
    if _released_document(head):
        wanted |= {"by"}  # "a report released by X", "data released Friday by X" (src3)
    if not wanted:
        return None
    credited = word not in AUTHORED_DOCUMENT_HEADS
    preps = _document_preps(head, credited=credited)
    if "by" in wanted:
        preps += credits_below(head)  # "the average of recent polls compiled by X"
    for prep in preps:
        if prep.lower_ not in wanted and not ("by" in wanted and prep.dep_ == "agent"):
            continue
        author = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if author is not None and (names_a_source(author) or names_an_author(author)):
            if credited:  # "by X and Y": both authors (joined_authors.py)
                end = joined_author_end(author, _author_end(author), source_phrase)
            else:
                end = joined_author_end(author, source_phrase(author).end, source_phrase)
                end = _dated(head, end)
            return head.doc[_phrase_start(head) : end]
    return None


def _released_document(head: Token) -> bool:
    """ "a report released by the Brookings Institution", "data released Friday by state
    gaming regulators", and as well "a report by the Brookings Institution": one report, or
    data, that "by" credits to a body (docs/gold-conventions.md, "Documents 'by' an
    organisation"; "released" is not required); not "reports by local media", unspecified
    reports (README, "Source kinds")."""
    word = head.lemma_.lower()
    return word in RELEASED_DOCUMENT_HEADS and head.lower_ != "reports"


def _phrase_start(head: Token) -> int:
    """Where the document's phrase starts: at its determiner, not at a conjunction the parse
    hangs on it ("And a projection by the Cook Political Report shows ...")."""
    start = head.left_edge.i
    while start < head.i and head.doc[start].dep_ in ("cc", "punct"):
        start += 1
    return start


# How a participle or adjective hangs on a credited document: "an average calculated by X",
# "data available from X", "records obtained from X".
_CREDIT_LINK_DEPS = frozenset({"acl", "amod"})


def _document_preps(head: Token, *, credited: bool) -> list[Token]:
    """The prepositions that may name the document's author: its own, and those of a
    participle after it ("conducted by"; for counts and records also an adjective, "data
    available from")."""
    found: list[Token] = []
    for child in head.rights:
        if child.dep_ == "prep" or (credited and child.dep_ == "agent"):
            found.append(child)
        elif credited and child.dep_ in _CREDIT_LINK_DEPS and child.pos_ in ("VERB", "ADJ"):
            found += [c for c in child.children if c.dep_ in ("prep", "agent")]
        elif child.dep_ == "acl" and child.tag_ == "VBN":
            found += [c for c in child.children if c.dep_ == "agent" or c.lower_ == "by"]
    return found


def _author_end(author: Token) -> int:
    """Where the author's phrase ends: a name takes no "of" phrase of common nouns ("Politifact
    of presidential elections" is the analysis's subject matter, misattached)."""
    end = source_phrase(author).end
    if author.pos_ != "PROPN":
        return end
    for child in author.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i < end:
            objects = [o for o in child.children if o.dep_ == "pobj"]
            if objects and all(o.pos_ != "PROPN" for o in objects):
                return child.i
    return end


def _dated(head: Token, end: int) -> int:
    """ "A survey by the organization in March": a date right after the author stays."""
    for child in head.rights:
        if child.i == end and child.dep_ == "prep" and child.lower_ in ("in", "on"):
            if all(t.ent_type_ in ("DATE", "TIME") for t in list(child.subtree)[1:]):
                return child.right_edge.i + 1
    return end


def body_behind_document(head: Token) -> Token | None:
    """ "a statement from the military" -> "the military"; "figures released by the UN"."""
    if head.lemma_.lower() not in DOCUMENT_HEADS:
        return None
    for child in head.rights:
        preps = [child] if child.dep_ == "prep" else []
        if child.dep_ == "acl" and child.lower_ in DOCUMENT_PREPS:
            preps = [c for c in child.children if c.dep_ in ("agent", "prep")]
        for prep in preps:
            if prep.lower_ not in DOCUMENT_PREPS:
                continue
            if prep.lower_ == "of" and head.lemma_.lower() in _ASKING_HEADS:
                continue  # "a survey of analysts": those it asked, not who asked
            for obj in prep.children:
                if obj.dep_ == "pobj" and names_a_source(obj):
                    return obj
    return None
