"""Sourcing caveats and the figures they attach to.

Gold README, "Caveat scope": a caveat in a neighbouring sentence ("Those figures could not be
verified") attaches to the figures it refers to: the preceding figures from the same source,
never figures from a different source that follow it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from factcheck.extract.caveats.body_speakers import add_body_speakers
from factcheck.extract.caveats.campaign_staff import (
    campaign_staff,
    speaks_of_own_count,
    speaks_of_own_money,
)
from factcheck.extract.caveats.candidate_race import (
    article_candidates,
    counts_the_race,
    is_candidate,
    names_the_candidate,
    speaker_in_the_race,
)
from factcheck.extract.caveats.candidate_staff import (
    candidate_staff,
    names_a_camp,
    names_candidate_staff,
)
from factcheck.extract.caveats.caveat_attach import attach_cue
from factcheck.extract.caveats.caveat_cues import Cue, corrected, sentence_cues
from factcheck.extract.caveats.caveat_hedges import hedge_of
from factcheck.extract.caveats.caveat_scope import (
    allegation,
    article_preliminary,
    contradicted,
    denial,
    share_by_source,
    source_key,
)
from factcheck.extract.caveats.caveat_sources import names_unnamed_people, source_caveats
from factcheck.extract.caveats.change_levels import starting_level
from factcheck.extract.caveats.contender_parties import (
    contender_parties,
    party_officials,
    speaks_for_party,
)
from factcheck.extract.caveats.contenders import race_contenders
from factcheck.extract.caveats.contested_works import contested_work_figures
from factcheck.extract.caveats.corrected_reports import drop_corrected_reports
from factcheck.extract.caveats.counted_cues import keep_counted
from factcheck.extract.caveats.crackdown_tolls import crackdown_tolls
from factcheck.extract.caveats.discrepancies import discrepancy_figures
from factcheck.extract.caveats.earlier_reports import reports, revised, said_earlier
from factcheck.extract.caveats.election_parties import party_on_the_race
from factcheck.extract.caveats.estimate_attributions import estimate_attribution
from factcheck.extract.caveats.estimate_counts import counts_estimates
from factcheck.extract.caveats.estimated_wholes import estimated_whole_hedge
from factcheck.extract.caveats.figure_changes import change_cues, changing_noun, figures_before
from factcheck.extract.caveats.forecaster_hedges import forecast_by_forecaster
from factcheck.extract.caveats.guess_adverbs import guess_adverb
from factcheck.extract.caveats.named_organizers import named_organizers
from factcheck.extract.caveats.next_denials import next_denial_figures
from factcheck.extract.caveats.overall_tolls import same_toll_figures
from factcheck.extract.caveats.own_record import tells_own_act
from factcheck.extract.caveats.own_regret import regrets_own_act
from factcheck.extract.caveats.own_worth import states_own_worth
from factcheck.extract.caveats.partial_returns import shares_count_progress
from factcheck.extract.caveats.race_standing import states_own_standing
from factcheck.extract.caveats.race_unreal import not_a_race_result
from factcheck.extract.caveats.range_hedges import range_hedge
from factcheck.extract.caveats.rebuttals import rebutted_figures
from factcheck.extract.caveats.restated_conversions import add_restated_conversions
from factcheck.extract.caveats.restated_multiples import add_restated_multiples
from factcheck.extract.caveats.speaker_projections import projected_by_speaker
from factcheck.extract.lexicon import OPEN_TOLL_CUE_PATTERN, SUPERSEDED_CUE_PATTERN
from factcheck.model import Caveat, CaveatMention, Source, SourceKind

_SUPERSEDED_RE = re.compile(SUPERSEDED_CUE_PATTERN, re.I)
_OPEN_TOLL_RE = re.compile(OPEN_TOLL_CUE_PATTERN, re.I)


@dataclass(frozen=True)
class CaveatTarget:
    """A figure caveats may attach to: its number token, source and subject."""

    number: Token
    source: Source
    subject: str = ""
    value: float | None = None
    unit: str = ""
    high: Token | None = None  # a range's upper figure ("40 to 60": "60"), else None


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
        for mention in source_caveats(figure):
            found[index].setdefault(mention.kind, mention)
        hedge = (
            hedge_of(figure.number)
            or range_hedge(figure.number, figure.high)  # "could hold between 40 and 60"
            or guess_adverb(figure.number)  # "maybe 200 in our coach alone"
            or allegation(figure.number)
            or forecast_by_forecaster(figure)  # "Forecasters said it could dump 200 mm"
            or projected_by_speaker(figure)  # "researchers said it could exceed 30 million"
            or estimate_attribution(figure.number)  # "..., according to estimates by X"
            or estimated_whole_hedge(figure.number)  # "estimate that 8,000, including 1,800"
        )
        if counts_estimates(figure.number):
            hedge = None  # "the median of 14 estimates": the estimates are counted, not made
        if hedge is not None:
            found[index].setdefault(Caveat.HEDGED, hedge)
        answered = contradicted(figure)
        if answered is not None:
            found[index].setdefault(Caveat.DISPUTED, answered)
        if corrected(figure.number):
            found[index].setdefault(
                Caveat.DISPUTED, CaveatMention(kind=Caveat.DISPUTED, text=f"not {figure.number}")
            )
    _add_campaign_staff(doc, figures, found)
    _add_contender_parties(doc, figures, found)
    for index, body in crackdown_tolls(doc, figures).items():  # a government's own toll
        found[index].setdefault(
            Caveat.PARTISAN_SOURCE, CaveatMention(kind=Caveat.PARTISAN_SOURCE, text=body)
        )
    share_by_source(figures, found)
    parties = [Caveat.PARTISAN_SOURCE in f for f in found]
    placed: set[int] = set()  # the cue tokens that reached a figure
    for cue in sentence_cues(doc):
        attached = attach_cue(
            doc, cue, figures, max_sent_distance=max_sent_distance, parties=parties
        )
        if cue.kind is Caveat.PRELIMINARY and _OPEN_TOLL_RE.search(cue.text):
            attached = _with_lede_toll(doc, figures, attached)
        if cue.kind in (Caveat.NOT_INDEPENDENTLY_VERIFIED, Caveat.PRELIMINARY, Caveat.DISPUTED):
            attached = keep_counted(cue, figures, attached)  # "the passenger numbers"
        if attached:
            placed.add(cue.token.i)
        for index in attached:
            if _SUPERSEDED_RE.match(cue.text) and not (
                reports(cue.token)
                and revised(figures, index)
                and said_earlier(cue.token, figures[index].number)
            ):
                continue  # "Initially, the paper reported two victims" and no other count
            if _past_level(cue, figures[index]):
                continue  # "turnout was 71%, up from 64.8% ... These are provisional figures."
            if cue.kind is Caveat.PRELIMINARY and shares_count_progress(figures[index]):
                continue  # "With 87.5% of ballots counted, ... the provisional count shows"
            found[index].setdefault(cue.kind, CaveatMention(kind=cue.kind, text=cue.text))
    # "Its spokesman, Abdul Hakimi" of a marked body; after the cues, which it leaves as they
    # were (a cue reaching a party's figures is no cue of its spokesman's)
    add_body_speakers(doc, figures, found)
    add_restated_multiples(figures, found)  # "about 9,800 hectares, roughly twice the area"
    add_restated_conversions(figures, found)  # "an estimated 14.6 billion yuan ($2.05 billion)"
    _add_changing_figures(doc, figures, found, placed)
    _add_article_caveats(doc, figures, found)
    drop_corrected_reports(found)  # "an initial report that two died was incorrect"
    order = list(Caveat)
    return [tuple(sorted(f.values(), key=lambda m: order.index(m.kind))) for f in found]


def _add_changing_figures(
    doc: Doc,
    figures: Sequence[CaveatTarget],
    found: list[dict[Caveat, CaveatMention]],
    placed: set[int],
) -> None:
    """ "The number may go up", "that amount is expected to grow": the figure the noun stands
    for may change, and the lede's toll when it gives that toll again (figure_changes.py); a
    change a sentence cue already placed is left as it is."""
    for cue in change_cues(doc):
        if cue.token.i in placed:
            continue
        noun = changing_noun(cue.token)
        if noun is None:
            continue
        reached = figures_before(noun, figures)
        reached += [j for i in reached for j in same_toll_figures(doc, figures, i)]
        mention = CaveatMention(kind=Caveat.PRELIMINARY, text=cue.text)
        for index in reached:
            found[index].setdefault(Caveat.PRELIMINARY, mention)


def _with_lede_toll(doc: Doc, figures: Sequence[CaveatTarget], attached: list[int]) -> list[int]:
    """A figure that may change and gives the lede's toll again makes the lede's toll (and the
    headline's) preliminary too, as a change cue does (_add_changing_figures): "The death toll
    has risen to 41, the collector said. 'We fear the number will go up'" reaches the key
    point's "41 people were killed" and the headline's 41 (tests/wirel l_3 gold: same figure,
    same district source). Only a cue that the count may still change ("will go up", "so far",
    "not final"): "an initial report that a second victim had died was incorrect" says an
    earlier report erred, it leaves the confirmed toll as it is (audit, session 66)."""
    if not attached:
        return attached
    more = {
        j
        for i in attached
        for j in same_toll_figures(doc, figures, i)
        if (figures[j].value, figures[j].unit) == (figures[i].value, figures[i].unit)
    }
    return sorted(set(attached) | more)


def _past_level(cue: Cue, figure: CaveatTarget) -> bool:
    """A caveat from another sentence that the figures may change is not about the level one of
    them changed from: "She said turnout was estimated at 71%, up from 64.8% at the last
    election. 'These are provisional figures,' she said" (tests/wireb b_2 gold: the 64.8% no
    caveat). In the figure's own sentence the cue may be its own ("down from the initially
    reported 190,000": the earlier report, superseded)."""
    return (
        cue.kind is Caveat.PRELIMINARY
        and cue.token.sent.start != figure.number.sent.start
        and starting_level(figure.number)
    )


def _add_campaign_staff(
    doc: Doc, figures: Sequence[CaveatTarget], found: list[dict[Caveat, CaveatMention]]
) -> None:
    """A person the article names as a campaign's staff ("campaign manager Robby Mook") gives
    the campaign's own figures ("Mook said"), and so does a speaker giving their own money ("we
    raised $18,000") or counting their own result ("I have earned 9 million votes"):
    partisan_source."""
    if not any(_may_be_campaign(f.source) for f in figures):
        return
    # a march's named organisers are read as a campaign's staff are ("Doe, an organizer of
    # the march" ... "Doe said 5,000 came")
    staff = {**named_organizers(doc), **campaign_staff(doc)}
    candidates: frozenset[str] | None = None  # read once, when a figure needs it
    served: dict[str, str] = {}  # a candidate's staff, read with the candidates
    own: dict[int, str | None] = {}  # per sentence start
    for index, figure in enumerate(figures):
        if not _may_be_campaign(figure.source):
            continue
        if candidates is None:
            candidates = article_candidates(doc) | race_contenders(doc)
            served = candidate_staff(doc, candidates)
        if figure.source.kind is SourceKind.NAMED_ORG or (
            figure.source.kind is SourceKind.ANONYMOUS and not names_the_candidate(figure.source)
        ):
            # "Advisers to Mr. Rubio", "Rubio's team"
            role = names_candidate_staff(figure.source, candidates)
            if role is not None and not _on_the_race(figure.number):
                role = None
        else:
            role = _campaign_role(figure, staff, served, candidates, own)
        if role is not None:
            found[index].setdefault(
                Caveat.PARTISAN_SOURCE, CaveatMention(kind=Caveat.PARTISAN_SOURCE, text=role)
            )


def _add_contender_parties(
    doc: Doc, figures: Sequence[CaveatTarget], found: list[dict[Caveat, CaveatMention]]
) -> None:
    """A contender's party in an election abroad speaks as its campaign would ("The DPP said
    its own tally showed ..."): partisan_source (contender_parties.py)."""
    if all(f.source.kind is SourceKind.NONE for f in figures):
        return
    parties = contender_parties(doc)  # may be empty: a party alone is read below
    officials = party_officials(doc, parties)  # "A spokesman for X's party, Ann Lee"
    for index, figure in enumerate(figures):
        party = speaks_for_party(figure.source, parties, officials)
        if party is None:  # a party alone on the election it contests (election_parties.py)
            party = party_on_the_race(figure.source, figure.number)
        if party is not None:
            found[index].setdefault(
                Caveat.PARTISAN_SOURCE, CaveatMention(kind=Caveat.PARTISAN_SOURCE, text=party)
            )


def _campaign_role(
    figure: CaveatTarget,
    staff: dict[str, str],
    served: dict[str, str],
    candidates: frozenset[str],
    own: dict[int, str | None],
) -> str | None:
    """The words that make a named person's (or "the candidate"'s) figure the campaign's own:
    a staff role, the speaker's own money or result, the race or the candidate's own act."""
    role = staff.get(source_key(figure.source)) if staff else None
    if role is None:
        start = figure.number.sent.start
        if start not in own:
            own[start] = speaks_of_own_money(figure.number)
        # "we raised $18,000", "I have earned 9 million votes", "she claims she's worth $10 billion"
        role = own[start] or speaks_of_own_count(figure.number) or states_own_worth(figure.number)
        role = _unless_unreal(role, figure.number)
    if role is None:
        # "a senior adviser to Alvarez" named before; "Alvarez's spokeswoman, Jill Amos" said
        role = served.get(source_key(figure.source)) or names_candidate_staff(
            figure.source, candidates
        )
        if role is not None and not _on_the_race(figure.number):
            role = None  # staff on a third matter (a policy, the economy): not partisan
    if role is None and (
        is_candidate(figure.source, candidates) or speaker_in_the_race(figure.number)
    ):
        role = counts_the_race(figure.number) or states_own_standing(figure.number)
        role = _unless_unreal(role, figure.number)
    if role is None and is_candidate(figure.source, candidates):
        role = tells_own_act(figure.number, figure.source) or regrets_own_act(
            figure.number, figure.source
        )  # "I testified for 11 hours", "using two phones was a mistake"
        role = _unless_unreal(role, figure.number)
    return role


def _unless_unreal(role: str | None, number: Token) -> str | None:
    """A role read from what the figure counts holds only for a result the side gives: not
    one asked, hoped for or of an earlier race (race_unreal.py)."""
    return None if role is not None and not_a_race_result(number) else role


def _on_the_race(number: Token) -> bool:
    """The figure counts the race or the speaker's standing in it: what a candidate's staff
    speaks for the campaign on (docs/gold-conventions.md "Candidates and campaigns as a
    partisan source" (a)); staff on a policy or the economy speak on a third matter."""
    return counts_the_race(number) is not None or states_own_standing(number) is not None


def _may_be_campaign(source: Source) -> bool:
    """A named person, or an unnamed one ("The candidate said", "Advisers to Mr. Rubio"), or a
    candidate's people as one body ("Rubio's team")."""
    if source.kind is SourceKind.NAMED_ORG:
        return names_a_camp(source)
    return source.kind in (SourceKind.NAMED_PERSON, SourceKind.ANONYMOUS)


def _add_article_caveats(
    doc: Doc, figures: Sequence[CaveatTarget], found: list[dict[Caveat, CaveatMention]]
) -> None:
    """Caveats one statement gives to figures anywhere in the article (issue 11): the
    accused's denial disputes the figures of the charges, and "details are still developing"
    makes the figures after it preliminary. Two sources' different figures for one thing,
    with no word of dispute, dispute neither (docs/gold-conventions.md, "Rival counts")."""
    denied = denial(doc)
    if denied is not None:
        for index, figure in enumerate(figures):
            if allegation(figure.number) is not None:
                found[index].setdefault(Caveat.DISPUTED, denied)
    for index in contested_work_figures(doc, figures):
        found[index].setdefault(
            Caveat.DISPUTED, CaveatMention(kind=Caveat.DISPUTED, text="a work called wrong")
        )
    for index in discrepancy_figures(doc, figures):
        found[index].setdefault(
            Caveat.DISPUTED, CaveatMention(kind=Caveat.DISPUTED, text="counts that differ")
        )
    for index in next_denial_figures(doc, figures):
        found[index].setdefault(
            Caveat.DISPUTED, CaveatMention(kind=Caveat.DISPUTED, text="denied in the next sentence")
        )
    for index in rebutted_figures(doc, figures):
        found[index].setdefault(
            Caveat.DISPUTED, CaveatMention(kind=Caveat.DISPUTED, text="a statement called false")
        )
    developing = article_preliminary(doc)
    if developing is not None:
        mention, start = developing
        for index, figure in enumerate(figures):
            if figure.number.idx >= start:
                found[index].setdefault(Caveat.PRELIMINARY, mention)


# kept at its old path: tests import it from here
_names_unnamed_people = names_unnamed_people
