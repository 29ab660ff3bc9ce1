"""Caveats a figure takes from its source: an unnamed source is anonymous, an estimate is
hedged, a campaign or a belligerent counting its own side is partisan."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from factcheck.extract.caveats.armed_acts import tells_own_act as armed_own_act
from factcheck.extract.caveats.armed_parties import armed_party, counts_war_harm, harm_of_a_hazard
from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.caveats.enemy_losses import counts_enemy_losses, counts_own_losses
from factcheck.extract.caveats.kept_anonymous import kept_anonymous, sentence_anonymity
from factcheck.extract.caveats.labour_unions import counts_victims, union_source
from factcheck.extract.caveats.military_speakers import military_speakers
from factcheck.extract.caveats.named_organizers import organizing_bodies, organizing_body
from factcheck.extract.caveats.neutral_organizers import organizes_no_side
from factcheck.extract.caveats.opposition_sides import opposition_side
from factcheck.extract.caveats.other_sides import (
    done_by_another_side,
    launched_by_another_side,
    passive_done_by_another_side,
)
from factcheck.extract.caveats.partitive_sources import unnamed_group_of
from factcheck.extract.caveats.strike_sides import background_of_source, strike_side
from factcheck.extract.caveats.unnamed_trades import names_an_unnamed_tradesperson
from factcheck.extract.doctext import span_text
from factcheck.extract.lexicon import (
    ANONYMITY_WORDS,
    ANONYMOUS_EXTRA_HEADS,
    ANONYMOUS_HEADS,
    CAMPAIGN_SPEAKER_NOUNS,
    COMBAT_VERBS,
    IDENTIFYING_DETERMINERS,
    KIN_SOURCE_HEADS,
    MILITARY_AGENTS,
    MILITARY_HEADS,
    OWN_PEOPLE,
    OWN_STAFF,
    PARTISAN_PATTERNS,
    POLL_AGGREGATE_WORDS,
    PRONOUN_SOURCES,
    QUANTITY_SUBJECTS,
    RULED_PLACE_AFTER_SOURCE_PATTERN,
    SOURCE_HEDGE_PATTERN,
    STAFF_ROLE_HEADS,
    UNNAMED_DOCUMENT_HEADS,
    UNNAMED_GROUP_HEADS,
    UNNAMED_PEOPLE_HEADS,
    UNNAMED_POLL_WORDS,
    UNNAMED_REPORTER_HEADS,
    UNNAMED_SOURCE_HEADS,
    UNSPECIFIED_GROUP_QUANTIFIERS,
)
from factcheck.extract.sources.newsroom import told_to_the_newsroom
from factcheck.extract.sources.unnamed_members import names_one_unnamed_member
from factcheck.model import Caveat, CaveatMention, Source, SourceKind

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget


_PARTISAN_RES = tuple(re.compile(p, re.I) for p in PARTISAN_PATTERNS)


_SOURCE_HEDGE_RE = re.compile(SOURCE_HEDGE_PATTERN, re.I)
_ORGANIZER_RE = re.compile(r"organi[sz]ers?", re.I)
_RULED_PLACE_RE = re.compile(RULED_PLACE_AFTER_SOURCE_PATTERN, re.I)


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
    | UNNAMED_PEOPLE_HEADS
)


def source_caveats(figure: CaveatTarget) -> list[CaveatMention]:
    source = figure.source
    caveats = []
    sent_text = span_text(figure.number.sent)
    anonymity = sentence_anonymity(figure.number.sent)
    if source.kind is SourceKind.ANONYMOUS and names_unnamed_people(source):
        caveats.append(CaveatMention(kind=Caveat.ANONYMOUS_SOURCE, text=source.text))
    elif source.kind is SourceKind.ANONYMOUS and _kept_unnamed(figure):
        caveats.append(CaveatMention(kind=Caveat.ANONYMOUS_SOURCE, text=source.text))
    elif _one_of_unnamed_people(figure):  # "two people familiar ... one of them said"
        caveats.append(CaveatMention(kind=Caveat.ANONYMOUS_SOURCE, text=source.text))
    elif anonymity and source.kind is SourceKind.NONE:
        caveats.append(CaveatMention(kind=Caveat.ANONYMOUS_SOURCE, text=anonymity))
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
        if match and _ORGANIZER_RE.fullmatch(match.group(0)):
            if organizes_no_side(source.text, sent_text):
                continue  # "Festival organizers said 80,000 came": no side's count
        if match:
            caveats.append(CaveatMention(kind=Caveat.PARTISAN_SOURCE, text=match.group(0)))
            break
    else:
        ruled = _ruled_place_after(source.text, sent_text)
        if ruled is not None:  # "health officials in Hamas-controlled Gaza"
            caveats.append(CaveatMention(kind=Caveat.PARTISAN_SOURCE, text=ruled))
        elif reports_own_military_action(figure):
            caveats.append(CaveatMention(kind=Caveat.PARTISAN_SOURCE, text=source.text))
        elif (
            (armed := armed_party(source.text)) is not None
            and counts_war_harm(figure)
            and not harm_of_a_hazard(figure)  # "Herat quake kills 1,140, Taliban say"
        ):
            # "A Hamas spokesman said 30 people died in the strike"
            caveats.append(CaveatMention(kind=Caveat.PARTISAN_SOURCE, text=armed))
        elif (group := armed_own_act(figure)) is not None:
            # "An RSF adviser said the group had opened three safe corridors"
            caveats.append(CaveatMention(kind=Caveat.PARTISAN_SOURCE, text=group))
        else:
            own = (
                _own_people(figure)
                or organizing_body(source, organizing_bodies(figure.number.doc))
                or (None if counts_victims(figure) else union_source(figure.number.doc, source))
                or _strike_side(figure)
                or opposition_side(figure)
                # "the paramilitary said it had killed 300 enemy fighters", police after a raid
                or counts_enemy_losses(figure)
                # "while losing only seven of its own men", "army losses were fewer than 20"
                or counts_own_losses(figure)
            )
            if own is not None:
                caveats.append(CaveatMention(kind=Caveat.PARTISAN_SOURCE, text=own))
    return caveats


def _strike_side(figure: CaveatTarget) -> str | None:
    """The employer a strike is against, or a union's official, giving a figure of the
    strike: a side's own count (strike_sides.py)."""
    if counts_victims(figure) or background_of_source(figure.number):
        return None
    return strike_side(figure.number.doc, figure.source)


def _ruled_place_after(source_text: str, sent_text: str) -> str | None:
    """ "Palestinian health officials in Hamas-controlled Gaza said", "the health office in
    rebel-held Idlib": the place the source speaks from is run by a side, as "the Hamas-run
    health ministry" is (gold README, partisan_source); the source phrase ends before "in"."""
    if not source_text.strip():
        return None
    at = sent_text.find(source_text)
    if at < 0:
        return None
    match = _RULED_PLACE_RE.match(sent_text, at + len(source_text))
    return match.group(1) if match else None


def _one_of_unnamed_people(figure: CaveatTarget) -> bool:
    """ "one of them said" after "two people familiar with the matter": a member of an unnamed
    group (partitive_sources.py)."""
    group = unnamed_group_of(figure.source, figure.number)
    return group is not None and names_unnamed_people(
        Source(text=group.text, kind=SourceKind.ANONYMOUS)
    )


def _kept_unnamed(figure: CaveatTarget) -> bool:
    """ "One senator, speaking anonymously, said", "said the father, who wished to remain
    anonymous": the text keeps a source unnamed that the word lists do not know; not an
    unresolved pronoun, someone the article named (kept_anonymous.py)."""
    if figure.source.text.strip().lower() in PRONOUN_SOURCES:
        return False
    return kept_anonymous(figure.number.sent, figure.source.text)


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


def names_unnamed_people(source: Source) -> bool:
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
    if tokens and tokens[0].lower() in UNSPECIFIED_GROUP_QUANTIFIERS:
        return True  # "some Democrats": some of a people, none of them named
    if {w.lower() for w in tokens} & UNNAMED_GROUP_HEADS:
        return True  # "liberal groups": bodies of a kind, none of them named
    if any(w.lower().endswith("s") and w.lower()[:-1] in STAFF_ROLE_HEADS for w in tokens):
        return True  # "Executives for Mondelez", "Clinton's confidants": staff, none named
    if names_one_unnamed_member(tokens):
        return True  # "a Carrier executive", "an Iowa Democrat": one person, unnamed
    if names_an_unnamed_tradesperson(tokens):
        return True  # "Economists", "an engineer": people of a trade, none named
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
                if _a_side_of(figure, owned):
                    return f"{token.text} {owned.text}"
    return None


def _a_side_of(figure: CaveatTarget, owned: Token) -> bool:
    """A body's members, supporters, forces or fighters are its side; its staff or workers
    only a union's: "The United Nations says 23 of its staff members remain in custody"
    (tests/wirea a_5 gold) is no side's count (session 65). Forces stay a side's whatever the
    body's name ("The Group for the Support of Islam and Muslims said its fighters killed 58",
    tests/wireg g_2 gold), so "Libya's interior ministry said its forces had intercepted
    9,600 migrants" (tests/corpus gold: not partisan) is left as it was."""
    # "its staff members": the compound says whose people they are
    lemmas = {owned.lemma_.lower()} | {
        c.lemma_.lower() for c in owned.children if c.dep_ == "compound"
    }
    if lemmas & OWN_STAFF:
        return union_source(figure.number.doc, figure.source) is not None
    return True


def _unpossessed(word: str) -> str:
    """ "army's" -> "army", "forces'" -> "forces": the word a possessive ending is on."""
    word = word.lower().replace("’", "'")
    return word.removesuffix("'s").removesuffix("'")


def reports_own_military_action(figure: CaveatTarget) -> bool:
    """A belligerent reporting the results of its own strikes ("the army said it killed 50")."""
    # "the army's media wing", "the military's spokesman": the possessive names the body too
    words = {_unpossessed(w) for w in re.findall(r"[\w'’]+", figure.source.text)}
    if (
        not words & MILITARY_HEADS
        and not _a_state_in_its_own_name(figure)
        and (
            figure.source.kind is not SourceKind.NAMED_PERSON
            or source_key(figure.source) not in military_speakers(figure.number.doc)
        )
    ):
        return False  # "Army spokesman Nabil Abdelrahim" ... "Abdelrahim said": the army's
    if launched_by_another_side(figure.number, figure.source):
        return False  # "the air force said Russia launched 215 drones": the attacker's salvo
    for ancestor in figure.number.ancestors:
        if ancestor.pos_ == "VERB" and (
            ancestor.lemma_.lower() in COMBAT_VERBS
            or any(c.dep_ == "prt" and c.lower_ == "down" for c in ancestor.children)
        ):  # "had also brought down six drones"
            agents = [c for c in ancestor.children if c.dep_ in ("nsubj", "agent")]
            if not agents and ancestor.dep_ == "conj":
                # "warplanes had destroyed 37 vehicles and killed 200": the first verb's
                agents = [c for c in ancestor.head.children if c.dep_ in ("nsubj", "agent")]
            if not agents:
                # "the military said 450 targets were struck": passive, its own action, unless
                # a "by" phrase the parse hung elsewhere names another side ("by Russian bombs")
                return any(
                    c.dep_ == "nsubjpass" for c in ancestor.children
                ) and not passive_done_by_another_side(ancestor, figure.source.text)
            agents = [a for a in agents if not done_by_another_side(a, figure.source.text)]
            return any(
                a.lower_ in ("it", "we", "they", "its", "our")
                or a.pos_ == "PROPN"
                or a.lemma_.lower() in MILITARY_HEADS | MILITARY_AGENTS
                or any(c.dep_ == "poss" and c.lower_ in ("its", "our") for c in a.children)
                for a in agents
            )
    return False


def _a_state_in_its_own_name(figure: CaveatTarget) -> bool:
    """ "Russia says it downed 57 Ukrainian drones", "Baku claims it killed more than 50
    Armenian troops": a state (or its capital) named alone as the source is the belligerent
    itself, as "Russia's defence ministry" is (tests/wirea a_4, tests/wire2m m_3 gold:
    partisan); its combat verb is then read as a military's is."""
    text = figure.source.text.strip()
    if not text or " " in text:
        return False
    return any(t.text == text and t.ent_type_ == "GPE" for t in figure.number.sent)
