"""Which figures a sentence-level caveat cue attaches to: its own sentence's figures, the
figures it names, or the nearest earlier figures of the same source (gold README, "Caveat
scope").

``attach_cue`` composes the parts: which figures of its own sentence a cue is about
(``cue_relations``), how it refers to figures and how far back that reaches (``cue_referents``);
the figures an earlier report gave are read in ``earlier_reports``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from factcheck.extract.caveats.body_aliases import body_aliases, referred_back, same_body
from factcheck.extract.caveats.caveat_cues import CONFLICTING_RE, Cue
from factcheck.extract.caveats.caveat_hedges import hedge_of
from factcheck.extract.caveats.caveat_named_things import figures_of_named_thing
from factcheck.extract.caveats.caveat_owners import (
    initials,
    owned_figures,
    owner_named,
    repeats_figure,
)
from factcheck.extract.caveats.caveat_scope import (
    disputed_owners,
    same_source,
    source_key,
    source_level_key,
    speaker_key,
)
from factcheck.extract.caveats.caveat_sides import figures_of_sides, names_sides
from factcheck.extract.caveats.caveat_sources import reports_own_military_action
from factcheck.extract.caveats.charge_denials import denied_charge_figures
from factcheck.extract.caveats.closing_lines import closing_line_figures
from factcheck.extract.caveats.cue_referents import (
    is_about_a_person_or_thing,
    points_back,
    points_within_sentence,
    referring_noun,
    refers_to_figure,
)
from factcheck.extract.caveats.cue_relations import (
    conditions_pronoun_clause,
    counts_casualties,
    counts_only_the_hurt,
    forecasts_subject_change,
    frames_statement,
    is_own_figure,
    is_related,
    named_figure,
    qualifies_valued_object,
)
from factcheck.extract.caveats.figure_changes import consequence_mark
from factcheck.extract.caveats.figure_runs import account_run, named_account_figures
from factcheck.extract.caveats.main_counts import main_counts
from factcheck.extract.caveats.miscounts import miscounted_figures
from factcheck.extract.caveats.named_values import named_value_figures
from factcheck.extract.caveats.one_verified_figure import one_verified_figure
from factcheck.extract.caveats.overall_tolls import overall_toll_figures
from factcheck.extract.caveats.own_floors import own_floor
from factcheck.extract.caveats.partial_returns import (
    COUNT_OPEN_RE,
    PARTIAL_RETURNS_RE,
    counts_the_scope,
    open_count_figures,
    partial_returns_figures,
)
from factcheck.extract.caveats.pronoun_owners import pronoun_owned_figures
from factcheck.extract.caveats.quantified_figures import every_source_figures
from factcheck.extract.caveats.report_chain import report_figures
from factcheck.extract.caveats.singular_disputes import names_one_figure, one_per_sentence
from factcheck.extract.caveats.toll_appositions import apposed_toll_figures
from factcheck.extract.doctext import doc_text, span_text
from factcheck.extract.lexicon import (
    ANAPHORA,
    CHANGE_SIZE_DEPS,
    CONTESTED_SIZE_PATTERNS,
    HEDGE_SUBJECT_NOUNS,
    PRELIMINARY_CHANGE_VERBS,
    TOLL_NOUNS,
    UNOFFICIAL_COUNT_PATTERNS,
)
from factcheck.model import Caveat, SourceKind

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget


_UNOFFICIAL_RE = re.compile("|".join(UNOFFICIAL_COUNT_PATTERNS), re.I)
_TOLL_CONTESTED_RE = re.compile(CONTESTED_SIZE_PATTERNS[2], re.I)


def _conflicting_accounts(
    doc: Doc, cue: Cue, figures: Sequence[CaveatTarget], *, reach: int
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


def attach_cue(
    doc: Doc,
    cue: Cue,
    figures: Sequence[CaveatTarget],
    *,
    max_sent_distance: int,
    parties: Sequence[bool] = (),
) -> list[int]:
    """Return the indexes of the figures ``cue`` attaches to; ``parties`` says per figure
    whether its source is marked as a party (for "either side", caveat_sides.py)."""
    attached = _attach_cue(doc, cue, figures, max_sent_distance=max_sent_distance, parties=parties)
    if cue.kind is Caveat.DISPUTED and _TOLL_CONTESTED_RE.match(cue.text):
        # "insisted the toll was far lower": the counts of the dead, not the days they span
        return [i for i in attached if counts_casualties(figures[i])]
    if cue.kind is Caveat.DISPUTED and names_one_figure(cue.token):
        # "rejected that figure": one figure of each sentence, not the level it is set against
        return one_per_sentence(attached, figures)
    if (
        cue.kind is Caveat.NOT_INDEPENDENTLY_VERIFIED
        and names_one_figure(cue.token)
        and not names_sides(span_text(cue.token.sent))  # "either figure": one of each account
    ):
        # "Reuters could not verify that figure": the one figure just reported
        return one_verified_figure(attached, figures)
    return attached


def _attach_cue(
    doc: Doc,
    cue: Cue,
    figures: Sequence[CaveatTarget],
    *,
    max_sent_distance: int,
    parties: Sequence[bool] = (),
) -> list[int]:
    sent = cue.token.sent
    if cue.kind is Caveat.NOT_INDEPENDENTLY_VERIFIED and conditions_pronoun_clause(cue.token):
        return []  # "If confirmed, it would be the worst in eight years": a supposition
    if cue.kind is Caveat.DISPUTED and CONFLICTING_RE.match(cue.text):
        return _conflicting_accounts(doc, cue, figures, reach=max_sent_distance + 2)
    miscounted = miscounted_figures(doc, cue, figures)
    if miscounted is not None:
        return miscounted  # "accused the ministry of undercounting": the ministry's figures
    reported = report_figures(doc, cue, figures)
    if reported is not None:
        return reported  # "rejected the findings": the report's figures under all its names
    charged = denied_charge_figures(doc, cue, figures)
    if charged is not None:
        return charged  # "The government denies the charge": the statement just made
    if cue.kind is Caveat.DISPUTED:
        valued = named_value_figures(cue.token, figures)
        if valued is not None:
            return valued  # "rejected the figure of 22": that value, however far back
        # "The ministry rejected the group's estimate": that source's figures, however far back
        owners = disputed_owners(cue.token)
        defined = initials(doc) if owners else {}
        text = doc_text(doc)
        hits = [
            i
            for i, f in enumerate(figures)
            if f.number.i < cue.token.i
            and any(
                owner_named(w, f.source, defined, text) and _named_by(n, f)
                for w, (n, _) in owners.items()
            )
            and not is_own_figure(cue, f)
            and not repeats_figure(cue.token, f)
        ]
        # a named party's figure that no source here gives disputes none of these
        if hits or any(named for _, named in owners.values()):
            return hits
    if cue.kind is Caveat.NOT_INDEPENDENTLY_VERIFIED:
        # "the monitor, whose accounts the agency was unable to check": every figure of it
        key = source_level_key(cue.token, figures)
        if key:
            return [i for i, f in enumerate(figures) if source_key(f.source) == key]
    apposed = apposed_toll_figures(cue, figures)
    if apposed is not None:
        return apposed  # "killing at least 14 people, a toll officials expect to rise"
    # "warned that the overall toll was likely to rise": the lede's toll, not the parts before
    tolls = overall_toll_figures(doc, cue, figures, reports_own_military_action)
    if tolls is not None:
        return tolls
    run = account_run(doc, cue, figures)
    if run is not None:
        return run  # "These numbers are still provisional": the account just given
    closing = closing_line_figures(doc, cue, figures)
    if closing is not None:
        return closing  # "None of the figures could be verified" as its own paragraph
    account = named_account_figures(doc, cue, figures)
    if account is not None:
        return account  # "..., it said, adding that the figures were preliminary": its account
    every = every_source_figures(cue, figures)
    if every is not None and not names_sides(span_text(sent)):
        return every  # "unable to verify any of the estimates": those of every source
    same = [i for i, f in enumerate(figures) if f.number.sent.start == sent.start]
    mark = consequence_mark(cue.token) if cue.kind is Caveat.PRELIMINARY else None
    if mark is not None:
        # "96 deaths are under investigation, meaning the toll could rise": a count the change
        # follows from is not what may change (figure_changes.py)
        same = [i for i in same if figures[i].number.i > mark]
    if cue.kind is Caveat.NOT_INDEPENDENTLY_VERIFIED and not same:
        # "Reuters could not verify the party's tally": the figures of that owner, by source
        referring = referring_noun(cue)
        # "Its figures", "his account": the pronoun's antecedent, by agreement
        pronoun = pronoun_owned_figures(doc, referring, figures) if referring is not None else None
        if pronoun is not None:
            return pronoun
        owned = owned_figures(doc, referring, figures) if referring is not None else []
        if owned:
            return owned
    if cue.kind is Caveat.PRELIMINARY and PARTIAL_RETURNS_RE.match(cue.text):
        return partial_returns_figures(doc, cue.token, figures)
    if cue.kind is Caveat.PRELIMINARY and COUNT_OPEN_RE.match(cue.text):
        return open_count_figures(doc, cue.token, figures)
    if cue.kind is Caveat.PRELIMINARY and _UNOFFICIAL_RE.match(cue.text):
        # "Clinton led by about 1,500 votes out of nearly 620,000 cast in unofficial returns":
        # the count its sentence reports, every figure of it but those of what it covers ("in
        # the 15 states that have voted")
        return [i for i in same if not counts_the_scope(figures[i])]
    named = named_figure(cue)
    # figures that size a forecast change ("expected to grow 2 percent"): no preliminary
    sizing = {i for i in same if _sizes_the_change(cue, figures[i].number)}
    attached = [
        i
        for i in same
        if (
            is_related(cue.token, figures[i].number)
            or (
                cue.kind is Caveat.PRELIMINARY
                and (
                    frames_statement(cue.token, figures[i].number)
                    or forecasts_subject_change(cue.token, figures[i].number)
                    or qualifies_valued_object(cue.token, figures[i].number)
                )
            )
        )
        and not is_own_figure(cue, figures[i])
        and i not in sizing
        # "the toll was expected to rise because teams had yet to reach 30 villages": the
        # cue is about the toll it names, not the figures of its subordinate clause
        and (named is None or cue.token in named.subtree or figures[i].number in named.subtree)
    ]
    if sizing:
        return sorted(set(attached))  # a forecast of a size reaches no earlier count
    before = [i for i in same if figures[i].number.i < cue.token.i and i not in attached]
    if before and (cue.kind is Caveat.NOT_INDEPENDENTLY_VERIFIED or refers_to_figure(cue)):
        attached += _same_source_as_last(figures, before)
    if not attached and cue.kind is Caveat.NOT_INDEPENDENTLY_VERIFIED and not refers_to_figure(cue):
        # "Campaign aides declined to confirm the buys": the figures of the buys, back to the
        # headline
        return figures_of_named_thing(cue.token, figures)
    if attached or not refers_to_figure(cue) or is_about_a_person_or_thing(cue.token):
        return sorted(set(attached))
    referring = referring_noun(cue)
    if (
        cue.kind in (Caveat.NOT_INDEPENDENTLY_VERIFIED, Caveat.DISPUTED)
        and referring is not None
        and not points_back(referring)
    ):
        return []
    if referring is not None and points_within_sentence(referring):
        return []  # the clause before it in its sentence, which holds no figure
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
    # "the agency" is the body the article named "the National Institute for ..." (body_aliases)
    aliases = body_aliases(f.source for f in figures) if speaker else {}
    keys = [speaker if same_body(speaker, k, aliases) else k for k in keys]
    first_after = _first_after(figures, cue.token.i)
    spoken = speaker in keys[:first_after]
    # its figures in later sentences, not in the cue's own clause ("Agency spokesman Rudi
    # Hartanto said the figures were preliminary because teams had not reached districts where
    # ash lay up to 3 meters deep": the agency's figures before it, tests/wire2q q_1 gold)
    later = _first_after(figures, sent.end)
    if cue.kind is Caveat.PRELIMINARY and speaker and not spoken and speaker in keys[later:]:
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
        if own_floor(cue, figures, earlier):
            # "The agency said ... the true number was probably higher": its own count's floor
            return []
        if spoken and cue.kind is Caveat.DISPUTED:
            # "Justice Watch said the government figure was not credible": a source disputes
            # another's figures, not its own (tests/corpus c3, B2)
            earlier = [i for i in earlier if keys[i] != speaker]
        elif spoken:
            earlier = [i for i in earlier if keys[i] == speaker]
        if named is not None and named.lemma_.lower() in TOLL_NOUNS:
            # the dead, not the injured or missing given beside them (docs/gold-conventions.md,
            # session 72)
            earlier = [
                i
                for i in earlier
                if counts_casualties(figures[i]) and not counts_only_the_hurt(figures[i])
            ]
        elif named is not None and named.tag_ == "NN" and len(earlier) > 1:
            # "the figure": one figure, a casualty count if the sentence has one; a main count,
            # not one in another count's phrase ("139 deaths ..., more than half of them")
            main = main_counts(figures, earlier)
            earlier = [i for i in main if counts_casualties(figures[i])][-1:] or main[:1]
        if not earlier:
            continue
        # the nearest sentence before that holds such figures
        if cue.kind is Caveat.PRELIMINARY and named is not None and named.tag_ == "NNS":
            # "The observatory cautioned that the figures were preliminary": all of them
            # and those the body gave as "the institute", named "the agency" here
            found = same_source(figures, earlier[-1], earlier[-1] + 1)
            if not speaker:  # the aliases above are read only for a cue's speaker
                aliases = body_aliases(f.source for f in figures)
            return referred_back(figures, earlier[-1], found, aliases, speaker)
        if cue.kind is not Caveat.NOT_INDEPENDENTLY_VERIFIED:
            return _same_source_as_last(figures, earlier)
        sides = figures_of_sides(span_text(sent), figures, parties, earlier[-1] + 1)
        if sides is not None:
            return sides  # "either side", "the warring parties", "either count"
        # caveats by source, not by distance: every earlier figure of those accounts
        return same_source(figures, earlier[-1], earlier[-1] + 1)
    return []


def _sizes_the_change(cue: Cue, number: Token) -> bool:
    """The figure sizes or is the object of the forecast change itself: "the economy is expected
    to grow 2 percent", "enrollment is expected to increase to 3,000", "taxes are set to rise by
    $300", "expected to increase pay for 30 million workers". A forecast of a size is an
    estimate (hedged), not a figure that may change (docs/gold-conventions.md "Forecasts and
    beliefs": "preliminary is not the caveat of a forecast of a size"), nor of a count before
    it ("The club has 300 members. Their number is expected to grow 10 percent"); "the toll of
    23 is expected to rise" keeps its 23 preliminary (session 61, cav61)."""
    verb = cue.token
    if cue.kind is not Caveat.PRELIMINARY or verb.lemma_.lower() not in PRELIMINARY_CHANGE_VERBS:
        return False
    # the figure hangs from the verb as its object or a phrase of it, not in a clause of its
    # own ("expected to rise because teams had yet to reach 30 villages")
    below = next((t for t in [number, *number.ancestors] if t.head.i == verb.i), None)
    return below is not None and below.i != verb.i and below.dep_ in CHANGE_SIZE_DEPS


def _named_by(noun: str, figure: CaveatTarget) -> bool:
    """ "AFAD's toll" names its casualty counts, "the group's estimate" its estimates; "the
    group's figures" or "count" any of its figures."""
    if noun in TOLL_NOUNS:
        return counts_casualties(figure)
    if noun in HEDGE_SUBJECT_NOUNS:
        return hedge_of(figure.number) is not None
    return True


def _first_after(figures: Sequence[CaveatTarget], position: int) -> int:
    """The index of the first figure at or after token ``position``."""
    return next((k for k, f in enumerate(figures) if f.number.i >= position), len(figures))


def _same_source_as_last(figures: Sequence[CaveatTarget], indexes: list[int]) -> list[int]:
    last = figures[indexes[-1]].source
    return [i for i in indexes if figures[i].source == last]
