"""A fighting force's count of the other side's dead, wounded or captured: partisan_source.

Gold README, partisan_source: "a belligerent reports the results of its own military action".
``caveat_sources.reports_own_military_action`` knows a belligerent by a military's noun (army,
forces, defence ministry). Wire copy gives the same count from forces it does not name so: "the
paramilitary said it had ... killed 'more than 300 enemy fighters'" (tests/wire2w w_3), "Junta
spokesman Brig. Gen. ... said the air force had ... killed 'about 20 PDF terrorists'" (wire2r
r_3, wire2h h_3), police after a raid ("officers had killed 'more than 300 bandits'", wirek k_2;
"officers had killed 12 gang members", wire2s s_3; "all four attackers had been killed", wire2t
t_3), "Ukraine's General Staff ... said Russian forces lost 1,130 troops killed or wounded"
(wirem m_1). docs/gold-conventions.md "A fighting force's count of the other side's losses":
23 sets for, 1 against.

The source is a party to the fight it reports either by its noun (a military's, a police
force's, a junta's, a paramilitary's, a brigade's, a general staff's, or their named speaker's)
or by the text making it the doer ("it had killed", "its fighters killed"). The figure counts
the other side's people (fighters, soldiers, militants, bandits, "gang members") that the
source's own side killed, wounded, captured or hit, or that the other side lost. With no doer
(a passive, "are dead") only the enemy's own names count: "12 soldiers were killed" may be the
force's own dead, "12 militants were killed" is not. Another side as the doer ("militants killed
12 soldiers, police said"; "a Russian strike killed") is no act of the source's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from factcheck.extract.caveats.armed_parties import armed_party
from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.caveats.military_speakers import force_speakers
from factcheck.extract.caveats.other_sides import done_by_another_side
from factcheck.extract.lexicon import (
    COMBATANT_NOUNS,
    DEATH_NOUNS,
    ENEMY_MEMBER_MARKS,
    ENEMY_NOUNS,
    FORCE_SOURCE_PATTERN,
    FORCE_SOURCE_WORDS,
    LOSS_HARM_VERBS,
    LOSS_NOUNS,
    LOSS_VERBS,
    MILITARY_HEADS,
    OWN_FORCE_DOERS,
    OWN_LOSS_VERBS,
    OWN_MEMBER_NOUNS,
    OWN_SIDE_POSSESSORS,
    POLICE_SOURCE_WORDS,
    SELF_DOERS,
    SELF_POSSESSIVES,
)
from factcheck.model import SourceKind

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget

_WORD_RE = re.compile(r"[\w'’-]+")
_FORCE_RE = re.compile(FORCE_SOURCE_PATTERN, re.I)
_FORCE_WORDS = MILITARY_HEADS | FORCE_SOURCE_WORDS
_ARMED_FORCE_WORDS = _FORCE_WORDS - POLICE_SOURCE_WORDS  # a force in a fight of its own
_NUMBER_DEPS = frozenset({"nummod", "quantmod", "amod", "compound", "nmod"})


def counts_enemy_losses(figure: CaveatTarget) -> str | None:
    """The words of the harm ("killed 300 bandits") when the source is a fighting force
    counting the other side's losses. Not the source's name: the caveat is the figure's, not
    the source's at every mention (``caveat_scope.share_by_source``): "Police put the toll at
    19" stays a toll of no side (tests/wire2t t_3 gold)."""
    source = figure.source
    if source.kind is SourceKind.NONE or not source.text.strip():
        return None
    people = _counted_people(figure.number)
    if people is None:
        return None
    doers = _harm_doers(people)
    if doers is None:
        return None
    force = _names_a_force(figure, police=True)
    first, last = sorted((people, people.head), key=lambda t: t.i)
    harm = f"{first.text} {last.text}" + (" dead" if people.dep_ == "nsubj" else "")
    if _lost_by_another_side(people):  # "Russian forces lost 1,130 troops"
        return harm if force else None
    if not doers:  # "all four attackers had been killed", "are dead": the enemy only, and
        # only from an armed force: the police are a side where the text makes them the doer
        return harm if _enemy(people) and _names_a_force(figure, police=False) else None
    if any(done_by_another_side(d, source.text) for d in doers):
        return None
    if any(_is_self(d) for d in doers):  # "it had killed", "its fighters killed"
        return harm
    if force and all(_own_force(d) for d in doers):
        return harm
    return None


def counts_own_losses(figure: CaveatTarget) -> str | None:
    """The words of the loss ("its own men", "army losses") when the source is a fighting force
    (not the police) counting its own dead or wounded: "the paramilitary said it had killed 300
    enemy fighters, while losing only seven of its own men" (tests/wire2w w_3), an army
    spokesman's "army losses were fewer than 20" (wire2y y_3), "Hezbollah ... has announced the
    deaths of three fighters" (wire2x x_3). docs/gold-conventions.md "A fighting force's count
    of its own losses": 7 sets for, 1 against (wirep p_2). Police counting their own dead after
    an attack on them are no force in a fight of their own (wire2d d_5, wiren n_1, wire2i i_2
    gold: not partisan)."""
    source = figure.source
    if source.kind is SourceKind.NONE or not source.text.strip():
        return None
    if not _names_a_force(figure, police=False):
        return None
    return _own_people_harmed(figure.number) or _own_losses_put_at(figure.number)


def _own_people_harmed(number: Token) -> str | None:
    """ "four of its soldiers were killed", "losing only seven of its own men", "the deaths of
    three fighters": the force's own people, killed, wounded or lost."""
    noun = _figure_noun(number)
    anchor = noun
    if noun is None:  # "seven of its own men": the number heads the partitive
        noun = next(
            (
                o
                for c in number.children
                if c.lower_ == "of"
                for o in c.children
                if o.dep_ == "pobj"
            ),
            None,
        )
        anchor = number
    if noun is None or anchor is None:
        return None
    if not {noun.lower_, noun.lemma_.lower()} & (COMBATANT_NOUNS | OWN_MEMBER_NOUNS):
        return None
    if anchor is noun and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        death = noun.head.head  # "the deaths of three fighters": no doer, whose they are
        if death.lower_ in DEATH_NOUNS and not _enemy(noun):
            return f"{death.text} of {noun.text}"
    if not _owned(noun):
        return None
    verb = anchor.head
    lemma = verb.lemma_.lower()
    if anchor.dep_ in ("nsubj", "nsubjpass") and lemma in OWN_LOSS_VERBS:
        return f"{noun.text} {verb.text}"
    if anchor.dep_ == "dobj" and lemma in LOSS_VERBS:
        losers = [c for c in verb.children if c.dep_ == "nsubj"]
        if all(_is_self(x) for x in losers):  # "it had lost", "while losing"
            return f"{verb.text} {noun.text}"
    return None


def _owned(noun: Token) -> bool:
    """ "its soldiers", "its own men", "the group's fighters", "the army's troops"."""
    for child in noun.children:
        if child.dep_ == "amod" and child.lower_ == "own":
            return True
        if child.dep_ == "poss" and (
            child.lower_ in SELF_POSSESSIVES
            or child.lemma_.lower() in _ARMED_FORCE_WORDS | OWN_SIDE_POSSESSORS
        ):
            return True
    return False


def _own_losses_put_at(number: Token) -> str | None:
    """ "army losses were fewer than 20", "its losses were about 30": the force's losses put
    at a figure."""
    put = number
    if put.dep_ == "pobj" and put.head.lower_ == "than":  # "fewer than 20" parsed as a phrase
        put = put.head.head
    verb = put.head
    if put.dep_ not in ("attr", "acomp") or verb.lemma_ != "be":
        return None
    for loss in verb.children:
        if loss.dep_ != "nsubj" or loss.lower_ not in LOSS_NOUNS:
            continue
        for mark in loss.children:
            if mark.dep_ == "amod" and mark.lower_ == "own":
                return f"{mark.text} {loss.text}"
            if mark.dep_ == "poss" and mark.lower_ in SELF_POSSESSIVES:
                return f"{mark.text} {loss.text}"
            if mark.dep_ in ("compound", "poss") and mark.lemma_.lower() in _ARMED_FORCE_WORDS:
                return f"{mark.text} {loss.text}"
    return None


def _counted_people(number: Token) -> Token | None:
    """The noun the figure counts when it names fighters of a side: "300 enemy fighters", "12
    gang members", "20 PDF terrorists"; not the source's own ("12 of its soldiers")."""
    noun = _figure_noun(number)
    if noun is None or any(c.dep_ == "poss" for c in noun.children):
        return None
    if _enemy(noun) or {noun.lower_, noun.lemma_.lower()} & COMBATANT_NOUNS:
        return noun
    return None


def _figure_noun(number: Token) -> Token | None:
    """The noun the figure's number modifies ("300 fighters"), if it modifies one."""
    return number.head if number.dep_ in _NUMBER_DEPS and number.head.pos_ == "NOUN" else None


def _enemy(noun: Token) -> bool:
    if {noun.lower_, noun.lemma_.lower()} & ENEMY_NOUNS:
        return True
    marks = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}
    return bool(marks & ENEMY_MEMBER_MARKS)


def _harm_doers(people: Token) -> list[Token] | None:
    """The doers of the harm the people suffered (empty for a passive or "are dead"), or None
    when no harm to them is told."""
    verb = people.head
    if people.dep_ == "nsubj" and verb.lemma_ == "be":
        dead = any(c.dep_ == "acomp" and c.lower_ == "dead" for c in verb.children)
        return [] if dead else None
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if _lost_by_another_side(people):
        return []
    if lemma not in LOSS_HARM_VERBS:
        return None
    if people.dep_ == "nsubjpass":
        agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children]
        return agents or []
    if people.dep_ != "dobj":
        return None
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    head = verb
    while not doers and head.dep_ in ("conj", "advcl") and head.head.pos_ in ("VERB", "AUX"):
        # "had struck a camp and killed 20", "carried out strikes ..., killing 20"
        head = head.head
        doers = [c for c in head.children if c.dep_ == "nsubj"]
    return doers or None


def _lost_by_another_side(people: Token) -> bool:
    """ "Russian forces lost 1,130 troops": the loser is a side other than the source's."""
    verb = people.head
    if people.dep_ != "dobj" or verb.lemma_.lower() not in LOSS_VERBS:
        return False
    losers = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(losers) and not any(_is_self(x) for x in losers)


def _is_self(doer: Token) -> bool:
    return doer.lower_ in SELF_DOERS or any(
        c.dep_ == "poss" and c.lower_ in SELF_POSSESSIVES for c in doer.children
    )


def _own_force(doer: Token) -> bool:
    """ "officers", "the air force", "the military", "security forces": the force's own doers,
    not the enemy's ("militants", "rebels")."""
    words = {doer.lower_, doer.lemma_.lower()}
    return bool(words & OWN_FORCE_DOERS) and not words & ENEMY_NOUNS


def _names_a_force(figure: CaveatTarget, *, police: bool) -> bool:
    text = figure.source.text
    words = {
        w.lower().replace("’", "'").removesuffix("'s").removesuffix("'")
        for w in _WORD_RE.findall(text)
    }
    forces = _FORCE_WORDS if police else _ARMED_FORCE_WORDS
    if words & forces or _FORCE_RE.search(text) or armed_party(text) is not None:
        return True
    return figure.source.kind is SourceKind.NAMED_PERSON and source_key(
        figure.source
    ) in force_speakers(figure.number.doc, police=police)
