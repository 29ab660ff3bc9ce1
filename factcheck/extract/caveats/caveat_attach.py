"""Which figures a sentence-level caveat cue attaches to: its own sentence's figures, the
figures it names, or the nearest earlier figures of the same source (gold README, "Caveat
scope")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from factcheck.extract.caveats.caveat_cues import CONFLICTING_RE, Cue
from factcheck.extract.caveats.caveat_hedges import hedge_of
from factcheck.extract.caveats.caveat_named_things import figures_of_named_thing
from factcheck.extract.caveats.caveat_scope import (
    covers_all_sides,
    disputed_owners,
    owned_by,
    same_source,
    source_key,
    source_level_key,
    speaker_key,
)
from factcheck.extract.caveats.hedge_clause_reach import beside_in_own_clause
from factcheck.extract.caveats.partial_returns import PARTIAL_RETURNS_RE, partial_returns_figures
from factcheck.extract.doctext import span_text
from factcheck.extract.lexicon import (
    ANAPHORA,
    ANAPHORIC_DETERMINERS,
    CASUALTY_WORDS,
    FIGURE_NOUNS,
    HEDGE_SUBJECT_NOUNS,
    REPORTING_VERBS,
    TOLD_NOUNS,
    TOLL_NOUNS,
    UNOFFICIAL_COUNT_PATTERNS,
)
from factcheck.model import Caveat, SourceKind

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget


_UNOFFICIAL_RE = re.compile("|".join(UNOFFICIAL_COUNT_PATTERNS), re.I)


# "Those numbers", "that information": nouns by which a cue refers back to figures
_REFERRING_NOUNS = FIGURE_NOUNS | TOLD_NOUNS


_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"})


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
    doc: Doc, cue: Cue, figures: Sequence[CaveatTarget], *, max_sent_distance: int
) -> list[int]:
    """Return the indexes of the figures ``cue`` attaches to."""
    sent = cue.token.sent
    if cue.kind is Caveat.DISPUTED and CONFLICTING_RE.match(cue.text):
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
    if cue.kind is Caveat.PRELIMINARY and PARTIAL_RETURNS_RE.match(cue.text):
        return partial_returns_figures(doc, cue.token, figures)
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
    if (
        not attached
        and cue.kind is Caveat.NOT_INDEPENDENTLY_VERIFIED
        and not _refers_to_figure(cue)
    ):
        # "Campaign aides declined to confirm the buys": the figures of the buys, back to the
        # headline
        return figures_of_named_thing(cue.token, figures)
    if attached or not _refers_to_figure(cue) or _about_a_person_or_thing(cue.token):
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
        return hedge_of(figure.number) is not None
    return True


def _first_after(figures: Sequence[CaveatTarget], position: int) -> int:
    """The index of the first figure at or after token ``position``."""
    return next((k for k, f in enumerate(figures) if f.number.i >= position), len(figures))


def revised(figures: Sequence[CaveatTarget], index: int) -> bool:
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


def reports(cue: Token) -> bool:
    """ "initially reported", "had originally said", "the initially reported 187,000": the
    adverb times a report, so the figure reported may be superseded; not "ten victims were
    initially transported to hospital" (it times the act, its count stands)."""
    return cue.head.lemma_.lower() in REPORTING_VERBS


def said_earlier(cue: Token, number: Token) -> bool:
    """In the cue's sentence, only the figure the cue's clause gives is the earlier one: "down
    from the initially reported 187,000" (not the 157,000 it now stands at), "initially said
    two months, but managed after one month" (not the month it took)."""
    if cue.sent.start != number.sent.start:
        return True  # "Initially, the paper reported two victims." reaching the next sentence
    scope = _frames(cue) or cue.head  # "In initial reports, police said two ...": that clause
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


def _about_a_person_or_thing(cue: Token) -> bool:
    """ "the shooter, who initial reports said had committed suicide": a cue inside a relative
    clause is about the noun it describes, not about figures of earlier sentences."""
    return any(
        a.dep_ == "relcl" and a.head.pos_ in ("NOUN", "PROPN") and a.head.lemma_ not in FIGURE_NOUNS
        for a in cue.ancestors
    )


def _frames(cue: Token) -> Token | None:
    """The verb whose clause a cue's prepositional phrase frames: "announced" in "In initial
    reports, police announced that ...", "According to preliminary figures, ..."."""
    noun = cue.head if cue.dep_ == "amod" else cue
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    return None


def _counts_casualties(figure: CaveatTarget) -> bool:
    """The figure counts the dead: by its subject, or by the words that govern it."""
    words = {w.lower() for w in re.findall(r"[\w']+", figure.subject)}
    head = figure.number.head
    governors = [head, head.head] if head.pos_ in ("NOUN", "PROPN") else [head]
    words |= {t.lower_ for t in governors} | {t.lemma_.lower() for t in governors}
    return bool(words & CASUALTY_WORDS)


def _named_figure(cue: Cue) -> Token | None:
    """The figure noun a cue's clause is about: "the toll" in "the toll is expected to rise"."""
    for token in [cue.token, *list(cue.token.ancestors)[:2]]:
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in FIGURE_NOUNS:
                return child
    return None


def _related(cue: Token, number: Token) -> bool:
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
        # "Earlier reports said 12 were killed": the superseded report says the figure
        or (cue.dep_ == "nsubj" and cue.head.lemma_.lower() in REPORTING_VERBS)
    ):
        return True
    frame = _frames(cue)
    if frame is not None and frame in number.ancestors:
        # "In initial reports, police said two were killed": the clause's frame, not a clause
        # joined to it ("..., but two more have since died")
        return said_earlier(cue, number)
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


def _own_figure(cue: Cue, figure: CaveatTarget) -> bool:
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


def _refers_to_figure(cue: Cue) -> bool:
    """The cue's arguments name a figure or point back to one ("Those numbers", "the toll")."""
    return _referring_noun(cue) is not None


def _referring_noun(cue: Cue) -> Token | None:
    """The word by which the cue refers to figures: "numbers" in "Those numbers", "None" in
    "None of the figures", "it"; None when the cue names no figure."""
    nearby = [cue.token, *list(cue.token.ancestors)[:2]]
    for token in nearby:
        if token.lemma_.lower() in _REFERRING_NOUNS and token.i != cue.token.i:
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
                child.lemma_.lower() in _REFERRING_NOUNS or child.lower_ in ANAPHORA
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
