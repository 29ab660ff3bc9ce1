"""Sourcing caveats and the figures they attach to.

Gold README, "Caveat scope": a caveat in a neighbouring sentence ("Those figures could not be
verified") attaches to the figures it refers to: the preceding figures from the same source,
never figures from a different source that follow it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from factcheck.extract.caveat_scope import (
    allegation,
    article_preliminary,
    competing_figures,
    covers_all_sides,
    denial,
    disputed_owners,
    owned_by,
    same_source,
    share_by_source,
    source_key,
    source_level_key,
    speaker_key,
)
from factcheck.extract.doctext import doc_text, span_text
from factcheck.extract.lexicon import (
    ALLEGATION_ADVERBS,
    ANAPHORA,
    ANAPHORIC_DETERMINERS,
    ANONYMITY_WORDS,
    ANONYMOUS_EXTRA_HEADS,
    ANONYMOUS_HEADS,
    BELIEF_OWN_MODIFIER_DEPS,
    BELIEF_VERBS,
    CAMPAIGN_SPEAKER_NOUNS,
    CASUALTY_WORDS,
    CATEGORY_HEDGES,
    CLAIM_WIN_OBJECTS,
    CLAUSE_BREAKS,
    CLAUSE_MARKS_OUTSIDE_HEDGE,
    COMBAT_VERBS,
    CONFLICTING_ACCOUNTS_PATTERN,
    CONFLICTING_REPORT_NOUNS,
    CONTESTED_SIZE_PATTERNS,
    DEFINITE_DETERMINERS,
    DENIAL_OBJECTS,
    DISPUTE_NOUN_PREPOSITIONS,
    DISPUTE_PATTERNS,
    DISPUTED_WORK_NOUNS,
    FIGURE_NOUNS,
    GUESSING_MODALS,
    HEDGE_LEMMAS,
    HEDGE_POS,
    HEDGE_SUBJECT_NOUNS,
    IDENTIFYING_DETERMINERS,
    KIN_SOURCE_HEADS,
    MILITARY_AGENTS,
    MILITARY_HEADS,
    MODAL_COUNT_VERBS,
    NOT_VERIFIED_PATTERNS,
    NUMERIC_FIGURE_NOUNS,
    OWN_PEOPLE,
    PARTISAN_PATTERNS,
    POLL_AGGREGATE_WORDS,
    PRELIMINARY_PATTERNS,
    PRONOUN_SOURCES,
    QUANTITY_SUBJECTS,
    REPORTED_STATE_DEPS,
    REPORTING_VERBS,
    SIZE_PREPOSITIONS,
    SIZE_VERBS,
    SOURCE_HEDGE_PATTERN,
    SPECULATIVE_MODALS,
    SUPERSEDED_CUE_PATTERN,
    TOLL_NOUNS,
    UNNAMED_DOCUMENT_HEADS,
    UNNAMED_POLL_WORDS,
    UNNAMED_REPORTER_HEADS,
    UNNAMED_SOURCE_HEADS,
    UNOFFICIAL_COUNT_PATTERNS,
    VALUATION_PREPS,
    VERB_ONLY_DISPUTE_LEMMAS,
    VICTIM_VERBS,
)
from factcheck.extract.newsroom import told_to_the_newsroom
from factcheck.model import Caveat, CaveatMention, Source, SourceKind

_SENTENCE_CUES: tuple[tuple[Caveat, tuple[re.Pattern[str], ...]], ...] = (
    (Caveat.NOT_INDEPENDENTLY_VERIFIED, tuple(re.compile(p, re.I) for p in NOT_VERIFIED_PATTERNS)),
    (
        Caveat.DISPUTED,
        tuple(
            re.compile(p, re.I)
            for p in (*DISPUTE_PATTERNS, *CONTESTED_SIZE_PATTERNS, CONFLICTING_ACCOUNTS_PATTERN)
        ),
    ),
    (
        Caveat.PRELIMINARY,
        tuple(re.compile(p, re.I) for p in PRELIMINARY_PATTERNS + UNOFFICIAL_COUNT_PATTERNS),
    ),
)
_CONFLICTING_RE = re.compile(CONFLICTING_ACCOUNTS_PATTERN, re.I)
_DISPUTABLE = FIGURE_NOUNS | DENIAL_OBJECTS | DISPUTED_WORK_NOUNS
_SIZE_WORD_RE = re.compile(CONTESTED_SIZE_PATTERNS[0], re.I)
_UNOFFICIAL_RE = re.compile("|".join(UNOFFICIAL_COUNT_PATTERNS), re.I)
_PARTISAN_RES = tuple(re.compile(p, re.I) for p in PARTISAN_PATTERNS)
_SUPERSEDED_RE = re.compile(SUPERSEDED_CUE_PATTERN, re.I)
_SOURCE_HEDGE_RE = re.compile(SOURCE_HEDGE_PATTERN, re.I)
_ANONYMITY_RE = re.compile(
    r"\b(?:on (?:the )?condition of anonymity|speaking anonymously|requested anonymity|"
    r"declined to be (?:named|identified)|"
    r"asked not to be (?:named|identified)|not authori[sz]ed to (?:speak|comment))\b",
    re.I,
)


def _singular(word: str) -> str:
    """ "witnesses" -> "witness", "officials" -> "official", "witness" stays (not "witne")."""
    if word.endswith("sses"):
        return word[:-2]
    return word if word.endswith("ss") else word.removesuffix("s")


_UNNAMED_POLL_HEADS = frozenset(_singular(w) for w in UNNAMED_POLL_WORDS)
# an anonymous poll phrase ("exit polls") is one of the classifier's unnamed polls
_UNNAMED_HEADS = frozenset(
    _singular(h)
    for h in ANONYMOUS_HEADS
    | ANONYMOUS_EXTRA_HEADS
    | UNNAMED_REPORTER_HEADS
    | UNNAMED_POLL_WORDS
    | UNNAMED_SOURCE_HEADS
)
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"})


@dataclass(frozen=True)
class CaveatTarget:
    """A figure caveats may attach to: its number token, source and subject."""

    number: Token
    source: Source
    subject: str = ""
    value: float | None = None
    unit: str = ""


@dataclass(frozen=True)
class _Cue:
    kind: Caveat
    text: str
    token: Token


def find_caveats(
    doc: Doc, figures: Sequence[CaveatTarget], *, max_sent_distance: int = 1
) -> list[tuple[CaveatMention, ...]]:
    """Return the caveats of each figure, in the order of ``figures``.

    Args:
        doc: the parsed article.
        figures: the claims' number tokens and sources, in text order.
        max_sent_distance: how many sentences back a caveat sentence may reach for the
            nearest sentence with figures (sentences without figures in between).

    Returns:
        One tuple of caveats per figure, each kind at most once.
    """
    found: list[dict[Caveat, CaveatMention]] = [{} for _ in figures]
    for index, figure in enumerate(figures):
        for mention in _source_caveats(figure):
            found[index].setdefault(mention.kind, mention)
        hedge = _hedge(figure.number) or allegation(figure.number)
        if hedge is not None:
            found[index].setdefault(Caveat.HEDGED, hedge)
    share_by_source(figures, found)
    for cue in _sentence_cues(doc):
        for index in _attach_cue(doc, cue, figures, max_sent_distance=max_sent_distance):
            if _SUPERSEDED_RE.match(cue.text) and not (
                _revised(figures, index) and _said_earlier(cue.token, figures[index].number)
            ):
                continue  # "Initially, the paper reported two victims" and no other count
            found[index].setdefault(cue.kind, CaveatMention(kind=cue.kind, text=cue.text))
    _add_article_caveats(doc, figures, found)
    order = list(Caveat)
    return [tuple(sorted(f.values(), key=lambda m: order.index(m.kind))) for f in found]


def _add_article_caveats(
    doc: Doc, figures: Sequence[CaveatTarget], found: list[dict[Caveat, CaveatMention]]
) -> None:
    """Caveats one statement gives to figures anywhere in the article (issue 11): the
    accused's denial disputes the figures of the charges, competing figures dispute each
    other, and "details are still developing" makes the figures after it preliminary."""
    denied = denial(doc)
    if denied is not None:
        for index, figure in enumerate(figures):
            if allegation(figure.number) is not None:
                found[index].setdefault(Caveat.DISPUTED, denied)
    for index in competing_figures(figures):
        found[index].setdefault(
            Caveat.DISPUTED, CaveatMention(kind=Caveat.DISPUTED, text="another source's figure")
        )
    developing = article_preliminary(doc)
    if developing is not None:
        mention, start = developing
        for index, figure in enumerate(figures):
            if figure.number.idx >= start:
                found[index].setdefault(Caveat.PRELIMINARY, mention)


def _source_caveats(figure: CaveatTarget) -> list[CaveatMention]:
    source = figure.source
    caveats = []
    sent_text = span_text(figure.number.sent)
    anonymity = _ANONYMITY_RE.search(sent_text)
    if source.kind is SourceKind.ANONYMOUS and _names_unnamed_people(source):
        caveats.append(CaveatMention(kind=Caveat.ANONYMOUS_SOURCE, text=source.text))
    elif anonymity and source.kind is SourceKind.NONE:
        caveats.append(CaveatMention(kind=Caveat.ANONYMOUS_SOURCE, text=anonymity.group(0)))
    elif source.kind is SourceKind.NONE:
        told = _told_by_no_one(figure.number)
        if told is not None:
            caveats.append(CaveatMention(kind=Caveat.ANONYMOUS_SOURCE, text=told))
    estimate = _SOURCE_HEDGE_RE.search(source.text)
    if estimate:  # "according to estimates by the agency": the source is an estimate
        caveats.append(CaveatMention(kind=Caveat.HEDGED, text=estimate.group(0)))
    for pattern in _PARTISAN_RES:
        match = pattern.search(source.text)
        if match and _names_a_thing(source.text, match):
            continue  # "campaign finance records": no campaign speaking
        if match:
            caveats.append(CaveatMention(kind=Caveat.PARTISAN_SOURCE, text=match.group(0)))
            break
    else:
        if _reports_own_military_action(figure):
            caveats.append(CaveatMention(kind=Caveat.PARTISAN_SOURCE, text=source.text))
        else:
            own = _own_people(figure)
            if own is not None:
                caveats.append(CaveatMention(kind=Caveat.PARTISAN_SOURCE, text=own))
    return caveats


def _names_a_thing(text: str, match: re.Match[str]) -> bool:
    """ "campaign finance records", "a campaign hat": "campaign" modifies a thing, so the source
    is no campaign speaking; "the campaign", "a campaign spokesman", "the campaign's" are."""
    if match.group(0).lower() != "campaign":
        return False
    rest = re.findall(r"[\w'’-]+|[^\w\s]", text[match.end() :])
    if not rest or not rest[0][0].isalnum() or rest[0].lower() in ("'s", "’s"):
        return False
    word = rest[0].lower()
    return word not in CAMPAIGN_SPEAKER_NOUNS and word.rstrip("s") not in CAMPAIGN_SPEAKER_NOUNS


def _told_by_no_one(number: Token) -> str | None:
    """ "FOX59 is told there were six children in the home", "We are told 12 were hurt": a
    newsroom told a figure by someone it does not name (no "by" agent); whether the one told
    is a newsroom is `newsroom.told_to_the_newsroom`'s test, the one the source kind follows."""
    below = number
    for verb in number.ancestors:
        told = told_to_the_newsroom(verb, below)
        if told is not None:
            return span_text(told)
        below = verb
    return None


def _names_unnamed_people(source: Source) -> bool:
    """The phrase names unnamed people or sources ("a US official", "people familiar with"),
    not a thing or a group the parse took for a source ("each", "the candidates")."""
    if source.text.strip().lower() in PRONOUN_SOURCES:
        return False  # an unresolved "he" is someone the article named
    tokens = re.findall(r"[\w']+", source.text)
    if _counts_people(tokens):
        return False  # "the number of people": a count the parse took for a source
    words = {_singular(w.lower()) for w in tokens}
    if {w.lower() for w in tokens} & (ANONYMITY_WORDS | KIN_SOURCE_HEADS):
        return True  # "an anonymous 911 call", "Loved ones", "a relative": the kin source kind
    unnamed = words & _UNNAMED_HEADS
    if unnamed and unnamed <= UNNAMED_DOCUMENT_HEADS and _identifies(tokens):
        return False  # "the report", "the October report": one document the article names
    if unnamed and unnamed <= _UNNAMED_POLL_HEADS and words & POLL_AGGREGATE_WORDS:
        return False  # "the RealClearPolitics polling average": an aggregate, no one unnamed
    return bool(unnamed)


def _counts_people(tokens: list[str]) -> bool:
    """ "the number of people collecting benefits", "a total of 40 workers": the phrase counts
    people, it names no one who speaks."""
    words = [t.lower() for t in tokens]
    if words and words[0] in IDENTIFYING_DETERMINERS | {"a", "an"}:
        words = words[1:]
    return len(words) > 1 and words[0] in QUANTITY_SUBJECTS and words[1] == "of"


def _identifies(tokens: list[str]) -> bool:
    """A source phrase that points to one thing: "the report", "its estimate", "Pew's report"."""
    return bool(tokens) and (
        tokens[0].lower() in IDENTIFYING_DETERMINERS or any(t.endswith("'s") for t in tokens)
    )


def _own_people(figure: CaveatTarget) -> str | None:
    """ "The union said nearly half a million of its members walked out", "Corma said its
    members had lost 90,000 hectares": an organisation counting its own is a party to it."""
    if figure.source.kind is not SourceKind.NAMED_ORG:
        return None
    number = figure.number
    clause = [number, *number.ancestors]
    heads = {number.head.i, *(t.i for t in clause)}
    for token in number.sent:
        if token.dep_ == "poss" and token.lower_ in ("its", "their", "our"):
            owned = token.head
            if owned.lemma_.lower() in OWN_PEOPLE and (
                owned.i in heads or owned.head.i in heads or owned.head.head.i in heads
            ):
                return f"{token.text} {owned.text}"
    return None


def _reports_own_military_action(figure: CaveatTarget) -> bool:
    """A belligerent reporting the results of its own strikes ("the army said it killed 50")."""
    words = {w.lower() for w in re.findall(r"[\w']+", figure.source.text)}
    if not words & MILITARY_HEADS:
        return False
    for ancestor in figure.number.ancestors:
        if ancestor.lemma_.lower() in COMBAT_VERBS and ancestor.pos_ == "VERB":
            agents = [c for c in ancestor.children if c.dep_ in ("nsubj", "agent")]
            if not agents:
                # "the military said 450 targets were struck": passive, its own action
                return any(c.dep_ == "nsubjpass" for c in ancestor.children)
            return any(
                a.lower_ in ("it", "we", "they", "its", "our")
                or a.pos_ == "PROPN"
                or a.lemma_.lower() in MILITARY_HEADS | MILITARY_AGENTS
                or any(c.dep_ == "poss" and c.lower_ in ("its", "our") for c in a.children)
                for a in agents
            )
    return False


def _hedge(number: Token) -> CaveatMention | None:
    """A hedge word governing the figure's clause or inside its noun phrase.

    "which are believed to include roughly 10 Americans" (seed), "reportedly killed 12",
    "an estimated 2,000".
    """
    path = [number, *number.ancestors]
    on_path = {t.i for t in path}
    phrase_head = number.head if number.dep_ in ("nummod", "quantmod") else number
    sent = number.sent
    estimate = _estimate_as_subject(path)
    if estimate is not None:
        return CaveatMention(kind=Caveat.HEDGED, text=estimate.text)
    for token in sorted(sent, key=lambda t: abs(t.i - number.i)):
        if _guesses_size(token, on_path):
            return CaveatMention(kind=Caveat.HEDGED, text=f"{token.text} {token.head.text}")
        if token.lemma_.lower() not in HEDGE_LEMMAS and token.lower_ not in HEDGE_LEMMAS:
            continue
        if token.pos_ not in HEDGE_POS or _is_attribution_verb(token):
            continue
        if token.lower_ in CATEGORY_HEDGES and token.dep_ == "amod":
            continue  # "likely voters"
        if token.lemma_.lower() == "claim" and _claims_a_win(number, phrase_head):
            continue  # "claiming 41 percent of the vote", "the storm claimed 12 lives"
        if token.lower_ in GUESSING_MODALS and not _modal_guesses_figure(token, on_path):
            continue  # "no one may solicit within 150 feet": a possible act, not its size
        if token.lower_ in ALLEGATION_ADVERBS and _harmed_by(number, path):
            continue  # "allegedly killed his wife": the harm is a fact, its doer alleged
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
    low, high = sorted((number.i, anchor.i))
    # a line break ends the clause too: a newsletter's headline item run into its next line
    # ("YAHOO SOLD FOR $4.8 BILLION\nThe sale is expected to ...")
    if any(t.text in CLAUSE_BREAKS or "\n" in t.text_with_ws for t in number.doc[low:high]):
        return False
    if _in_capitals(number) and not _in_capitals(anchor):
        return False  # "bail set at $50,000 — Carter is expected to be arraigned"
    if number.pos_ == "VERB" and hedge.pos_ == "VERB" and _names_agent(number):
        return False  # "Police believe Lee shot and killed her sister": who did it is believed
    child = number
    for parent in number.ancestors:
        if child.dep_ == "relcl":
            return False
        if child.dep_ == "advcl" and any(
            c.lower_ in CLAUSE_MARKS_OUTSIDE_HEDGE for c in child.children
        ):
            return False
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
            return not (parent.i == hedge.i and child.dep_ in ("nsubj", "agent"))
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
    words = [t for t in doc[max(token.i - 3, 0) : token.i + 3] if t.is_alpha]
    return len(words) >= 3 and all(t.is_upper for t in words)


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
    asked (the motive), not on the figure of the event asked about."""
    verb = hedge.head if hedge.dep_ in ("aux", "advmod") else hedge
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("what", "why", "how")
        for c in verb.children
    )


def _modifies_belief(hedge: Token, path: list[Token]) -> bool:
    """ "think twice", "we think about the big number: 1,237": the figure modifies the act of
    believing itself, it is not in what is believed ("Officials believe 12 people drowned")."""
    if hedge.lemma_.lower() not in BELIEF_VERBS or hedge.pos_ != "VERB":
        return False
    below = next((t for t in path if t.head.i == hedge.i and t.i != hedge.i), None)
    return below is not None and below.dep_ in BELIEF_OWN_MODIFIER_DEPS


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
    if verb.lemma_.lower() != "be" or below.dep_ == "attr":
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


def _sentence_cues(doc: Doc) -> list[_Cue]:
    cues = []
    whole = doc_text(doc)
    for sent in doc.sents:
        text = whole[sent.start_char : sent.end_char]
        for kind, patterns in _SENTENCE_CUES:
            for pattern in patterns:
                for match in pattern.finditer(text):
                    span = doc.char_span(
                        sent.start_char + match.start(),
                        sent.start_char + match.end(),
                        alignment_mode="expand",
                    )
                    if span is None:
                        continue
                    token = _cue_token(span)
                    conflicting = _CONFLICTING_RE.match(match.group(0))
                    if kind is Caveat.DISPUTED and (
                        (not conflicting and _names_no_dispute(token))
                        or _negated(token)
                        or _names_a_quarrel(token)
                        or _disputes_no_figure(token)
                        or (conflicting and not _reported(token))
                        or (_SIZE_WORD_RE.fullmatch(match.group(0)) and not _sized_figure(token))
                    ):
                        continue
                    cues.append(_Cue(kind=kind, text=match.group(0), token=token))
    return cues


def _disputes_no_figure(token: Token) -> bool:
    """ "He dismissed ideological labels", "rejected his bid to withdraw the plea": the verb's
    object names no figure, claim or charge and holds no number, so the dispute is about
    something else; "rejected the figure", "denied the allegations", "disputed the study",
    "rejected suggestions that 300 died" still dispute."""
    if token.pos_ != "VERB":
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if not objects:
        return False
    return not any(
        o.lemma_.lower() in _DISPUTABLE
        or o.lower_ in ANAPHORA
        or any(t.lemma_.lower() in _DISPUTABLE for t in o.subtree)
        or any(_that_clause_with_number(c) for c in o.children)
        for o in objects
    )


def _that_clause_with_number(clause: Token) -> bool:
    """ "suggestions that 90 officers had quit": a content clause holding a figure (not "his
    bid to pay back $40,000")."""
    return (
        clause.dep_ in ("acl", "ccomp")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
        and any(t.like_num for t in clause.subtree)
    )


def _sized_figure(token: Token) -> bool:
    """ "called that estimate overstated", "the toll was understated", "an overstated count":
    what is called too high or too low is a figure; not "the risk was overstated"."""
    arguments = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if token.dep_ == "amod":
        arguments.append(token.head)
    elif not arguments and token.dep_ in ("oprd", "acomp", "xcomp", "conj"):
        arguments += [c for c in token.head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    # "told investors that concerns were overblown": a complementizer the parse took for a
    # subject is no pronoun for a figure
    return any(
        a.lemma_.lower() in FIGURE_NOUNS or (a.lower_ in ANAPHORA and a.lower_ != "that")
        for a in arguments
    )


def _names_no_dispute(token: Token) -> bool:
    """ "the last five presidential contests", "a contested convention": a dispute word that
    disputes only as a verb of its own clause. A dispute adjective disputes only the noun it
    qualifies, so only a figure ("the disputed toll", "the contested 300 votes"), not "the
    "contested convention" scenario" or "disputed territory"."""
    if token.lemma_.lower() in VERB_ONLY_DISPUTE_LEMMAS and token.pos_ != "VERB":
        return True
    if token.dep_ == "amod":
        noun = token.head
        return noun.lemma_.lower() not in _DISPUTABLE and not any(
            c.dep_ == "nummod" and token.i < c.i < noun.i and not _a_year(c) for c in noun.children
        )
    return False


def _a_year(token: Token) -> bool:
    """ "the contested 1976 convention": a year names the thing, it counts nothing."""
    return len(token.text) == 4 and token.text.isdigit() and 1800 <= int(token.text) <= 2100


def _negated(token: Token) -> bool:
    """ "was not challenged by the moderators", "did not dispute the figure", "never denied
    it": a dispute verb negated says no one disputed."""
    return token.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in token.children)


def _names_a_quarrel(token: Token) -> bool:
    """ "an ongoing dispute between two groups", "a domestic dispute": the noun names a quarrel,
    not a contested figure; "a dispute over the figures" and "the toll is in dispute" dispute."""
    if token.lemma_.lower() != "dispute" or token.pos_ != "NOUN":
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "in":
        return False  # "the toll is in dispute"
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in DISPUTE_NOUN_PREPOSITIONS:
            if any(o.lemma_.lower() in FIGURE_NOUNS for o in prep.children if o.dep_ == "pobj"):
                return False
    return True


def _reported(noun: Token) -> bool:
    """ "conflicting reports of the toll", or "different numbers" that someone reports
    ("outlets were reporting different numbers"); not "states award different numbers of
    delegates", nor "differing accounts of the scale of the disaster" (no figure named)."""
    if noun.lemma_.lower() in CONFLICTING_REPORT_NOUNS:
        return any(
            o.lemma_.lower() in NUMERIC_FIGURE_NOUNS
            for p in noun.children
            if p.dep_ == "prep"
            for o in p.children
            if o.dep_ == "pobj"
        )
    return noun.head.lemma_.lower() in REPORTING_VERBS and noun.dep_ in ("dobj", "nsubj")


def _conflicting_accounts(
    doc: Doc, cue: _Cue, figures: Sequence[CaveatTarget], *, reach: int
) -> list[int]:
    """ "Media outlets were reporting different numbers": the attributed figures of the cue's
    sentence, else those of the nearest earlier sentence that has some (its last source)."""
    sent = cue.token.sent
    same = [
        i
        for i, f in enumerate(figures)
        if f.number.sent.start == sent.start and f.source.kind is not SourceKind.NONE
    ]
    if same:
        return same
    sents = list(doc.sents)
    index = next(k for k, s in enumerate(sents) if s.start == sent.start)
    for back in range(1, reach + 1):
        if index - back < 0:
            break
        start = sents[index - back].start
        earlier = [
            i
            for i, f in enumerate(figures)
            if f.number.sent.start == start and f.source.kind is not SourceKind.NONE
        ]
        if earlier:
            return _same_source_as_last(figures, earlier)
    return []


def _cue_token(span: Span) -> Token:
    """The word of a cue phrase that carries it: "verified" in "cannot be verified", "subject"
    in "subject to revision"."""
    if span[0].lower_ == "subject":
        return span[0]
    for token in reversed(span):
        if token.pos_ in ("VERB", "ADJ", "NOUN") and not token.is_stop:
            return token
    return span.root


def _attach_cue(
    doc: Doc, cue: _Cue, figures: Sequence[CaveatTarget], *, max_sent_distance: int
) -> list[int]:
    """Return the indexes of the figures ``cue`` attaches to."""
    sent = cue.token.sent
    if cue.kind is Caveat.DISPUTED and _CONFLICTING_RE.match(cue.text):
        return _conflicting_accounts(doc, cue, figures, reach=max_sent_distance + 2)
    if cue.kind is Caveat.DISPUTED:
        # "The ministry rejected the group's estimate": that source's figures, however far back
        owners = disputed_owners(cue.token)
        hits = [
            i
            for i, f in enumerate(figures)
            if f.number.i < cue.token.i
            and any(owned_by(w, f.source) and _named_by(n, f) for w, (n, _) in owners.items())
            and not _own_figure(cue, f)
        ]
        # a named party's figure that no source here gives disputes none of these
        if hits or any(named for _, named in owners.values()):
            return hits
    if cue.kind is Caveat.NOT_INDEPENDENTLY_VERIFIED:
        # "the monitor, whose accounts the agency was unable to check": every figure of it
        key = source_level_key(cue.token, figures)
        if key:
            return [i for i, f in enumerate(figures) if source_key(f.source) == key]
    same = [i for i, f in enumerate(figures) if f.number.sent.start == sent.start]
    if cue.kind is Caveat.PRELIMINARY and _UNOFFICIAL_RE.match(cue.text):
        # "Clinton led by about 1,500 votes out of nearly 620,000 cast in unofficial returns":
        # the count its sentence reports, every figure of it
        return same
    named = _named_figure(cue)
    attached = [
        i
        for i in same
        if _related(cue.token, figures[i].number)
        and not _own_figure(cue, figures[i])
        # "the toll was expected to rise because teams had yet to reach 30 villages": the
        # cue is about the toll it names, not the figures of its subordinate clause
        and (named is None or cue.token in named.subtree or figures[i].number in named.subtree)
    ]
    before = [i for i in same if figures[i].number.i < cue.token.i and i not in attached]
    if before and (cue.kind is Caveat.NOT_INDEPENDENTLY_VERIFIED or _refers_to_figure(cue)):
        attached += _same_source_as_last(figures, before)
    if attached or not _refers_to_figure(cue):
        return sorted(set(attached))
    referring = _referring_noun(cue)
    if (
        cue.kind in (Caveat.NOT_INDEPENDENTLY_VERIFIED, Caveat.DISPUTED)
        and referring is not None
        and not _points_back(referring)
    ):
        return []
    sents = list(doc.sents)
    index = next(k for k, s in enumerate(sents) if s.start == sent.start)
    # A caveat about a named toll or about figures that may change reaches back past
    # sentences without figures; a dispute stays with the sentence before it.
    reach = max_sent_distance if cue.kind is Caveat.DISPUTED else max_sent_distance + 2
    if cue.kind is Caveat.NOT_INDEPENDENTLY_VERIFIED:
        reach = index  # "None of these accounts could be checked": back to those accounts
    if referring is not None and referring.lower_ in ANAPHORA:
        reach = max_sent_distance  # "I cannot confirm that": a pronoun points to the last one
    # "The observatory cautioned that the figures were preliminary": its figures, past others'
    speaker = speaker_key(cue.token)
    keys = [source_key(f.source) for f in figures] if speaker else []
    first_after = _first_after(figures, cue.token.i)
    spoken = speaker in keys[:first_after]
    if cue.kind is Caveat.PRELIMINARY and speaker and not spoken and speaker in keys[first_after:]:
        # "The statistics office said the March numbers were subject to revision" before the
        # office gives them: not the economists' forecast in the sentence before (a source
        # that "could not confirm that figure" speaks of another's figures, so this is only
        # for a caveat a source gives its own figures)
        return []
    if spoken and cue.kind is Caveat.PRELIMINARY and named not in (None, cue.token):
        # "The department cautioned that the August figure remained preliminary": its figure
        # however far back, by source, not by distance (issue 11); not "an earlier report
        # said ...", whose cue is the report itself
        reach = index
    for back in range(1, reach + 1):
        if index - back < 0:
            break
        prev = sents[index - back]
        earlier = [i for i, f in enumerate(figures) if f.number.sent.start == prev.start]
        if spoken:
            earlier = [i for i in earlier if keys[i] == speaker]
        if named is not None and named.lemma_.lower() in TOLL_NOUNS:
            earlier = [i for i in earlier if _counts_casualties(figures[i])]
        elif named is not None and named.tag_ == "NN" and len(earlier) > 1:
            # "the figure": one figure, a casualty count if the sentence has one
            earlier = [i for i in earlier if _counts_casualties(figures[i])][-1:] or earlier[:1]
        if not earlier:
            continue
        # the nearest sentence before that holds such figures
        if cue.kind is Caveat.PRELIMINARY and named is not None and named.tag_ == "NNS":
            # "The observatory cautioned that the figures were preliminary": all of them
            return same_source(figures, earlier[-1], earlier[-1] + 1)
        if cue.kind is not Caveat.NOT_INDEPENDENTLY_VERIFIED:
            return _same_source_as_last(figures, earlier)
        if covers_all_sides(span_text(sent)):
            return [
                i for i in range(earlier[-1] + 1) if figures[i].source.kind is not SourceKind.NONE
            ]
        # caveats by source, not by distance: every earlier figure of those accounts
        return same_source(figures, earlier[-1], earlier[-1] + 1)
    return []


def _named_by(noun: str, figure: CaveatTarget) -> bool:
    """ "AFAD's toll" names its casualty counts, "the group's estimate" its estimates; "the
    group's figures" or "count" any of its figures."""
    if noun in TOLL_NOUNS:
        return _counts_casualties(figure)
    if noun in HEDGE_SUBJECT_NOUNS:
        return _hedge(figure.number) is not None
    return True


def _first_after(figures: Sequence[CaveatTarget], position: int) -> int:
    """The index of the first figure at or after token ``position``."""
    return next((k for k, f in enumerate(figures) if f.number.i >= position), len(figures))


def _revised(figures: Sequence[CaveatTarget], index: int) -> bool:
    """A figure said "initially" or in "earlier reports" is superseded only by another figure
    of the same unit and a different value, in its sentence or the two after it ("down from
    the initially reported 187,000"; "initially said two months ... after just one month")."""
    figure = figures[index]
    sents = list(figure.number.doc.sents)
    here = next(k for k, s in enumerate(sents) if s.start <= figure.number.i < s.end)
    window = sents[here].start, sents[min(here + 2, len(sents) - 1)].end
    return any(
        other.unit == figure.unit
        and other.value is not None
        and other.value != figure.value
        and window[0] <= other.number.i < window[1]
        for k, other in enumerate(figures)
        if k != index
    )


def _said_earlier(cue: Token, number: Token) -> bool:
    """In the cue's sentence, only the figure the cue's clause gives is the earlier one: "down
    from the initially reported 187,000" (not the 157,000 it now stands at), "initially said
    two months, but managed after one month" (not the month it took)."""
    if cue.sent.start != number.sent.start:
        return True  # "Initially, the paper reported two victims." reaching the next sentence
    scope = cue.head
    if scope.dep_ in ("amod", "acl"):
        scope = scope.head  # "the initially reported 187,000": the figure's phrase
    child = number
    while child.i != scope.i:
        if child.head.i == child.i:
            return False  # reached the root outside the cue's clause
        if child.head.i == scope.i and child.dep_ in ("conj", "cc", "advcl"):
            return False  # "..., but it managed after one month": another clause
        child = child.head
    return True


def _counts_casualties(figure: CaveatTarget) -> bool:
    """The figure counts the dead: by its subject, or by the words that govern it."""
    words = {w.lower() for w in re.findall(r"[\w']+", figure.subject)}
    head = figure.number.head
    governors = [head, head.head] if head.pos_ in ("NOUN", "PROPN") else [head]
    words |= {t.lower_ for t in governors} | {t.lemma_.lower() for t in governors}
    return bool(words & CASUALTY_WORDS)


def _named_figure(cue: _Cue) -> Token | None:
    """The figure noun a cue's clause is about: "the toll" in "the toll is expected to rise"."""
    for token in [cue.token, *list(cue.token.ancestors)[:2]]:
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in FIGURE_NOUNS:
                return child
    return None


def _related(cue: Token, number: Token) -> bool:
    """The cue governs the figure's clause, sits inside the figure's phrase, or qualifies the
    subject of the figure's clause ("preliminary results gave him 52.4 percent")."""
    if cue in number.ancestors or number in cue.ancestors:
        return True
    if cue.head in number.ancestors and cue.dep_ in ("advmod", "aux", "acomp"):
        return True
    if cue.dep_ == "amod" and cue.head in number.ancestors and _qualifies_figure(cue.head, number):
        return True
    if cue.head in number.ancestors and (
        # "If verified, the 300 deaths would make it ...": a condition on the figure's clause
        cue.dep_ == "advcl"
        # "Earlier reports said 12 were killed": the superseded report says the figure
        or (cue.dep_ == "nsubj" and cue.head.lemma_.lower() in REPORTING_VERBS)
    ):
        return True
    subject = cue.head
    return (
        cue.dep_ == "amod"
        and subject.dep_ in ("nsubj", "nsubjpass")
        and subject.head in number.ancestors
    )


def _qualifies_figure(noun: Token, number: Token) -> bool:
    """ "12 unconfirmed cases", "an initial count of 276": the noun a cue adjective qualifies is
    the figure's own or names a figure; not "a provisional agreement with unions representing
    40,000 employees"."""
    if noun.lemma_.lower() in FIGURE_NOUNS:
        return True
    own = next((t for t in [number, *number.ancestors] if t.pos_ in ("NOUN", "PROPN")), None)
    return own is not None and own.i == noun.i


def _own_figure(cue: _Cue, figure: CaveatTarget) -> bool:
    """ "Officials rejected that figure, saying fewer than 100 were held": whoever disputes
    a figure does not dispute the count they give instead."""
    if cue.kind is not Caveat.DISPUTED:
        return False
    between: list[Token] = [figure.number]
    for ancestor in figure.number.ancestors:
        if ancestor.i == cue.token.i:
            # "rejected that figure, saying fewer than 100": reported by the disputer
            # (a verb: "rejected reports that 300 had died" disputes the reports' figure)
            if any(
                t.lemma_.lower() in REPORTING_VERBS and t.pos_ in ("VERB", "AUX")
                for t in between[1:]
            ):
                return True
            # "was rejected by 64 percent of voters", "a view endorsed by the 10,000 people
            # there": the figure counts who disputes, or sits in a side clause
            if between[-1].dep_ in ("nsubj", "agent", "relcl", "acl", "appos"):
                return True
            break
        between.append(ancestor)
    subjects = [c for c in cue.token.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(figure.source.text) and any(s.text in figure.source.text for s in subjects)


def _refers_to_figure(cue: _Cue) -> bool:
    """The cue's arguments name a figure or point back to one ("Those numbers", "the toll")."""
    return _referring_noun(cue) is not None


def _referring_noun(cue: _Cue) -> Token | None:
    """The word by which the cue refers to figures: "numbers" in "Those numbers", "None" in
    "None of the figures", "it"; None when the cue names no figure."""
    nearby = [cue.token, *list(cue.token.ancestors)[:2]]
    for token in nearby:
        if token.lemma_.lower() in FIGURE_NOUNS and token.i != cue.token.i:
            return token
        for child in token.children:
            relative = child.tag_ in ("WDT", "WP") or child.lower_ in ("that", "which")
            if relative and token.dep_ in ("relcl", "acl") and child.i < token.i:
                # "records that Linick questioned": "that" is the records, not a figure
                if token.head.lemma_.lower() in FIGURE_NOUNS:
                    return token.head
                continue
            if (
                cue.kind is Caveat.NOT_INDEPENDENTLY_VERIFIED
                and token.i == cue.token.i
                and child.dep_ == "nsubj"
            ):
                continue  # "claims that the IG report could not corroborate": the checker
            if child.dep_ in _ARGUMENT_DEPS and (
                child.lemma_.lower() in FIGURE_NOUNS or child.lower_ in ANAPHORA
            ):
                return child
            if child.dep_ in ("nsubj", "nsubjpass") and _names_figure_inside(child):
                return child
    if cue.token.dep_ == "amod" and cue.token.head.lemma_.lower() in FIGURE_NOUNS:
        return cue.token.head
    return None


def _points_back(noun: Token) -> bool:
    """ "These claims", "the figures", "his account", "None of ...", "they": a caveat noun that
    can stand for figures of an earlier sentence; a bare "claims that the report could not
    corroborate" is about what its own sentence says."""
    if noun.lower_ in ANAPHORA or noun.lower_ in ANAPHORIC_DETERMINERS:
        return True
    return any(
        c.dep_ == "poss" or (c.dep_ in ("det", "predet") and c.lower_ in ANAPHORIC_DETERMINERS)
        for c in noun.children
    )


def _names_figure_inside(argument: Token) -> bool:
    """ "None of the figures", "Neither the figure nor the videos", "his account of the
    toll": a figure noun inside the argument, one or two words down."""
    for token in argument.subtree:
        depth = sum(1 for a in token.ancestors if a.i != argument.i and argument in a.ancestors)
        if token.i != argument.i and depth <= 2 and token.lemma_.lower() in FIGURE_NOUNS:
            return token.dep_ in ("pobj", "conj", "appos", "nsubj", "dobj", "poss")
    return False


def _same_source_as_last(figures: Sequence[CaveatTarget], indexes: list[int]) -> list[int]:
    last = figures[indexes[-1]].source
    return [i for i in indexes if figures[i].source == last]
