"""Which figures of its own sentence a caveat cue is about (gold README, "Caveat scope"). Pure.

The cue governs the figure's clause, sits inside the figure's phrase, qualifies its subject
("preliminary results gave him 52.4 percent") or frames its clause ("In initial reports,
police said ..."); the figure noun its clause is about narrows it ("the toll is expected to
rise"). Whoever disputes a figure does not dispute the count they give instead
(``is_own_figure``); a toll names casualty counts (``counts_casualties``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from factcheck.extract.caveats.caveat_cues import Cue
from factcheck.extract.caveats.earlier_reports import framing_verb, said_earlier
from factcheck.extract.caveats.hedge_clause_reach import beside_in_own_clause
from factcheck.extract.lexicon import (
    CASUALTY_WORDS,
    CONDITION_PRONOUN_SUBJECTS,
    FIGURE_NOUNS,
    HURT_SUBJECT_WORDS,
    REPORTING_VERBS,
)
from factcheck.model import Caveat

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget


def counts_casualties(figure: CaveatTarget) -> bool:
    """The figure counts the dead: by its subject, or by the words that govern it."""
    words = {w.lower() for w in re.findall(r"[\w']+", figure.subject)}
    head = figure.number.head
    governors = [head, head.head] if head.pos_ in ("NOUN", "PROPN") else [head]
    words |= {t.lower_ for t in governors} | {t.lemma_.lower() for t in governors}
    return bool(words & CASUALTY_WORDS)


def counts_only_the_hurt(figure: CaveatTarget) -> bool:
    """The figure counts the injured, the critically hurt or the missing, not the dead, by its
    subject: "about 2,600 injured" beside "1,140 people had been killed" (the parse may hang it
    on "killed", which counts_casualties reads)."""
    words = {w.lower() for w in re.findall(r"[\w']+", figure.subject)}
    return bool(words & HURT_SUBJECT_WORDS) and not words & CASUALTY_WORDS


def named_figure(cue: Cue) -> Token | None:
    """The figure noun a cue's clause is about: "the toll" in "the toll is expected to rise"."""
    for token in [cue.token, *list(cue.token.ancestors)[:2]]:
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in FIGURE_NOUNS:
                return child
        raised = _raised_subject(token)
        if raised is not None:
            return raised
    return None


def _raised_subject(clause: Token) -> Token | None:
    """ "Officials warned the death toll was likely to climb": with no "that", the parser hangs
    "the death toll" on "warned" as its object and leaves the clause "was likely to climb" with
    no subject; the figure noun is still what the clause is about (tests/wirex x_1, tests/wire2a
    a_3 golds: the lede's toll preliminary, as after "warned that the toll was likely to rise")."""
    if clause.dep_ != "ccomp" or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children
    ):
        return None
    return next(
        (
            c
            for c in clause.head.children
            if c.dep_ == "dobj" and c.i < clause.i and c.lemma_.lower() in FIGURE_NOUNS
        ),
        None,
    )


def is_related(cue: Token, number: Token) -> bool:
    """The cue governs the figure's clause, sits inside the figure's phrase, or qualifies the
    subject of the figure's clause ("preliminary results gave him 52.4 percent")."""
    if cue in number.ancestors:
        return not beside_in_own_clause(number, cue)  # "denied ..., and he leads with 35%"
    if number in cue.ancestors:
        return True
    if cue.head in number.ancestors and cue.dep_ in ("advmod", "aux", "acomp"):
        return True
    if cue.dep_ == "amod" and cue.head in number.ancestors and _qualifies_figure(cue.head, number):
        return True
    if cue.head in number.ancestors and (
        # "If verified, the 300 deaths would make it ...": a condition on the figure's clause
        cue.dep_ == "advcl"
        # "Earlier reports said 12 were killed": the superseded report says the figure, not
        # the one of a clause beside it ("...; police later said four": the revision)
        or (
            cue.dep_ == "nsubj"
            and cue.head.lemma_.lower() in REPORTING_VERBS
            and not beside_in_own_clause(number, cue.head)
            and not _said_by_another(number, cue.head)
        )
    ):
        return True
    frame = framing_verb(cue)
    if frame is not None and frame in number.ancestors:
        # "In initial reports, police said two were killed": the clause's frame, not a clause
        # joined to it ("..., but two more have since died")
        return said_earlier(cue, number)
    return _on_subject_of_figure_clause(cue, number, "amod")


def conditions_pronoun_clause(cue: Token) -> bool:
    """ "If confirmed, it would be the largest protest in the city, a town of 370,000": a
    condition whose main clause has a pronoun for subject supposes what the pronoun points
    back to and weighs it against a record; it says nothing could be checked, so it makes no
    figure unverified: not those of its clause (the years since, the town's size), nor the
    estimate before it (tests/wire2h h_5 "first famine declaration in eight years", tests/wire2y
    y_4 "a city of roughly 370,000" and the crowd count before it golds: no caveat; two
    writers, none against; session 73). "If verified, the 300 deaths would make it ..." keeps
    the figure of its clause (is_related)."""
    if not any(c.dep_ == "mark" and c.lower_ == "if" for c in cue.children):
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ in CONDITION_PRONOUN_SUBJECTS
        for c in cue.head.children
    )


def forecasts_subject_change(cue: Token, number: Token) -> bool:
    """A relative clause on the subject of the figure's clause forecasts its change: "the
    initial buys, which will likely rise, are in Ohio ($50,000)" (realgold19 gold: preliminary).
    For preliminary cues only: "the senator, who denied the allegations, raised $2 million"
    disputes nothing of the $2 million."""
    return _on_subject_of_figure_clause(cue, number, "relcl")


def _on_subject_of_figure_clause(cue: Token, number: Token, dep: str) -> bool:
    """The cue hangs by ``dep`` on the subject of a clause that governs the figure."""
    subject = cue.head
    return (
        cue.dep_ == dep
        and subject.dep_ in ("nsubj", "nsubjpass")
        and subject.head in number.ancestors
    )


def frames_statement(cue: Token, number: Token) -> bool:
    """The cue stands in a side clause of the verb that gives the figure: "Stressing that the
    details were still preliminary, the sheriff said the boy had been shot twice" (realgold20
    gold: preliminary), "Although the count is preliminary, officials said 40 died": the
    speaker's own caveat on what they then say. Only the clause's head verb is read, not a
    clause of a clause ("the figure, which ..." is the relative clause's)."""
    clause = next((t for t in [cue, *cue.ancestors] if t.dep_ == "advcl"), None)
    return (
        clause is not None
        and clause.head in number.ancestors
        and clause.i > 0
        and (cue.i < clause.head.i)
    )


def qualifies_valued_object(cue: Token, number: Token) -> bool:
    """The cue qualifies the object a verb puts at the figure: "The city council estimated
    preliminary damage from the strike at 1.2 billion hryvnias" (tests/wire2u), "put
    preliminary losses to citrus orchards at 250 million euros" (tests/wire2x golds:
    preliminary; the README's "the figure may change"). The object is what the figure sizes, as
    the subject of "preliminary results gave him 52.4 percent" is."""
    obj = cue.head
    if cue.dep_ != "amod" or obj.dep_ != "dobj":
        return False
    verb = obj.head
    chain = [number, *number.ancestors]
    return any(
        t.dep_ == "prep" and t.lower_ == "at" and t.head.i == verb.i and t.i > obj.i for t in chain
    )


def _said_by_another(number: Token, verb: Token) -> bool:
    """Between the figure and the cue's reporting verb stands another reporting verb with a
    subject of its own, before the figure: "Earlier reports said five were shot; police later
    said four" (parsed as one clause under the other): the nearer speaker gives the figure, the
    revision."""
    for token in number.ancestors:
        if token.i == verb.i:
            return False
        if (
            token.i < number.i
            and token.lemma_.lower() in REPORTING_VERBS
            and any(c.dep_ == "nsubj" for c in token.children)
        ):
            return True
    return False


def _qualifies_figure(noun: Token, number: Token) -> bool:
    """ "12 unconfirmed cases", "an initial count of 276": the noun a cue adjective qualifies is
    the figure's own or names a figure; not "a provisional agreement with unions representing
    40,000 employees"."""
    if noun.lemma_.lower() in FIGURE_NOUNS:
        return True
    own = next((t for t in [number, *number.ancestors] if t.pos_ in ("NOUN", "PROPN")), None)
    return own is not None and own.i == noun.i


def is_own_figure(cue: Cue, figure: CaveatTarget) -> bool:
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
                t.lemma_.lower() in REPORTING_VERBS
                and t.pos_ in ("VERB", "AUX")
                and not _reported_by_another(t, cue.token)
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


def _reported_by_another(verb: Token, cue: Token) -> bool:
    """The reporting verb has a subject of its own that is not the disputer's: "Reyes said 3
    million jobs were lost, a figure economists rejected" (parsed with "said" under "rejected":
    Reyes gives the figure, the economists dispute it; gold README, disputed: "rejected the
    figure"). "rejected that figure, saying fewer than 100 were held" has no subject of its own:
    the disputer's count."""
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    theirs = {c.i for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")}
    return bool(own) and not any(c.i in theirs for c in own)
