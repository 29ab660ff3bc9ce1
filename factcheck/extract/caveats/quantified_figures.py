"""A verification caveat that names its figures with a quantifier ("any of the estimates") or
as several tolls ("the tolls") reaches those figures of every source before it. Pure.

Gold README, "Caveat scope": a caveat attaches to the figures it refers to. After rival accounts
wire copy closes with one line: "The BBC was unable to independently verify any of the
estimates" after the company's, the agency's and the activists' spill volumes (tests/wiref f_4
gold: all three, and the litre conversion), "The AP could not independently verify the tolls"
after the hospitals', the junta's, a doctor's and a rights group's death counts (tests/wiree
e_1 gold: every death count, not the wounded, arrests or witnesses). The noun says which
figures: a toll the counts of the dead; another figure noun the figures measured in the unit
of the nearest figure before it (barrels), with their conversions. The same-source reading of
a bare "the figures" (gold README) is left as it is.

A part of a death toll is a count of the dead too: "killed at least 32 civilians, among them six
children", "killed at least 31 people, including 11 children", "We buried 38 people ... He said
14 of those buried were women" take the tolls' caveat with the toll they are part of
(tests/wiree e_1 "among them three soldiers", tests/wire2h h_3, tests/wire2r r_3 golds: three
writers, none against; session 72). The part follows its toll: in its sentence after "among" or
"including", or as "N of them/those" in its sentence or the next. Whether the counts of the
wounded take "the tolls" the golds split (e_1 no; wire2h, wire2j, wire2m, wire2r yes): below the
rulings' five sets, so left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from factcheck.extract.caveats.caveat_cues import Cue
from factcheck.extract.caveats.cue_relations import counts_casualties
from factcheck.extract.caveats.figure_changes import converts
from factcheck.extract.dependents import prep_objects
from factcheck.extract.lexicon import (
    BODY_COUNT_NOUNS,
    FIGURE_QUANTIFIERS,
    HIT_COUNT_WORDS,
    NUMERIC_FIGURE_NOUNS,
    PARTITIVE_WHOLES,
    TOLL_NOUNS,
    TOLL_PART_PREPS,
)
from factcheck.model import Caveat

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget


def every_source_figures(cue: Cue, figures: Sequence[CaveatTarget]) -> list[int] | None:
    """The figures before the cue that "any of the estimates" or "the tolls" names, of every
    source; None when the cue names its figures otherwise."""
    if cue.kind is not Caveat.NOT_INDEPENDENTLY_VERIFIED:
        return None
    noun = quantified_noun(cue.token)
    if noun is None:
        return None
    before = [i for i, f in enumerate(figures) if f.number.i < cue.token.i]
    if noun.lemma_.lower() in TOLL_NOUNS:
        tolls: list[int] = []
        for i in before:
            number = figures[i].number
            if _multiplier(number):
                continue
            if counts_casualties(figures[i]) or _counts_bodies(figures[i]):
                tolls.append(i)
            elif tolls and tolls[-1] == i - 1 and _part_of(figures[i - 1].number, number):
                tolls.append(i)  # "among them six children": a part of the toll before it
        return tolls
    unit = next((figures[i].unit for i in reversed(before) if figures[i].unit), "")
    if not unit:
        return None
    found: list[int] = []
    for i in before:
        if figures[i].unit == unit or (
            found and found[-1] == i - 1 and converts(figures[i - 1].number, figures[i].number)
        ):
            found.append(i)
    return found


def quantified_noun(cue: Token) -> Token | None:
    """ "verify any of the estimates", "None of the figures could be verified": the plural
    figure noun under the quantifier; "verify the tolls": a plural toll noun."""
    for child in cue.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        if child.lower_ in FIGURE_QUANTIFIERS:
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    noun = next((p for p in prep.children if p.dep_ == "pobj"), None)
                    if (
                        noun is not None
                        and noun.tag_ == "NNS"
                        and noun.lemma_.lower() in NUMERIC_FIGURE_NOUNS
                    ):
                        return noun
        if child.tag_ == "NNS" and child.lemma_.lower() in TOLL_NOUNS:
            return child
    return None


def _part_of(toll: Token, number: Token) -> bool:
    """The figure is a part of the toll just before it: "among them six children", "including
    11 children" in the toll's sentence; "14 of those buried", "six of them" in it or the next."""
    if number.sent.start == toll.sent.start:
        before = number.doc[max(toll.i + 1, number.i - 3) : number.i]
        if any(t.lower_ in TOLL_PART_PREPS for t in before):
            return True
    elif number.sent.start != toll.sent.end:
        return False  # not the next sentence
    return any(o.lower_ in PARTITIVE_WHOLES for o in prep_objects(number, "of"))


def _counts_bodies(figure: CaveatTarget) -> bool:
    """ "received 19 bodies", "documented 38 killings": a count of the dead by its noun."""
    number = figure.number
    counted = number.head if number.dep_ == "nummod" else number
    return counted.lemma_.lower() in BODY_COUNT_NOUNS


def _multiplier(number: Token) -> bool:
    """ "a toll more than twice the 14 deaths": a ratio between tolls, no toll."""
    return number.lower_ in HIT_COUNT_WORDS or number.head.lemma_.lower() == "time"
