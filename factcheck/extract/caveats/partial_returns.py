"""Figures of a count still coming in: "Clinton led by roughly 20 points with over 95 percent
of precincts reporting" (gold README, preliminary: "initial count"; realgold12 gold).

The share of precincts reporting is the count's progress, not the count: it stays without the
caveat. When the cue's sentence holds no other figure ("With almost 100% of the precincts
reporting, the primary was down to the wire"), the count is the next sentence's ("Clinton led
by 212,205 to 210,424 votes"). When it does, the count goes on into the next sentence of the
same paragraph if that sentence lists more of the same results ("With 76 percent of the vote
counted, Trump was leading with 34 percent of the vote. John Kasich was in second with 16
percent": realgold7 gold, both preliminary): its shares and vote counts from the same source,
not a figure of another year or another source.

A count said to be still open ("votes are still being counted", "once the absentee ballots are
counted") makes preliminary the results it has given so far: those of its sentence, else those
of the sentence before it in the same paragraph ("Diaz won 41 percent to Lane's 33 percent. Her
aides said she could win by more than ten points once the absentee ballots are counted": the
41 and 33, not the forecast ten points, which is hedged; realgold6 gold).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from factcheck.extract.caveats.change_levels import starting_level
from factcheck.extract.lexicon import (
    COUNT_OPEN_PATTERNS,
    COUNT_PROGRESS_PATTERN,
    COUNT_SCOPE_NOUNS,
    PARTIAL_RETURNS_PATTERNS,
)
from factcheck.model import Source

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget

PARTIAL_RETURNS_RE = re.compile("|".join(PARTIAL_RETURNS_PATTERNS), re.I)
COUNT_OPEN_RE = re.compile("|".join(COUNT_OPEN_PATTERNS), re.I)
COUNT_PROGRESS_RE = re.compile(COUNT_PROGRESS_PATTERN, re.I)
_WHOLE_COUNT_RE = re.compile(r"([\d,]+) of (?:the )?(?:\S+ )?([\d,]+) (?:precincts|polling)")
YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")
_VOTES = frozenset({"vote", "votes"})  # not "voters": a turnout is no result of the race


def partial_returns_figures(
    doc: Doc, cue_token: Token, figures: Sequence[CaveatTarget]
) -> list[int]:
    """Indexes of the figures a partial-returns cue ("with 94 percent of precincts reporting")
    makes preliminary: the other figures of its sentence, else those of the next sentence."""
    sent = cue_token.sent
    whole = _WHOLE_COUNT_RE.search(sent.text)
    if whole and whole.group(1) == whole.group(2):
        return []  # "with 400 of 400 precincts reporting": the count is complete
    inside = _cue_spans(sent.text, sent.start_char)
    same = [
        i
        for i, f in enumerate(figures)
        if f.number.sent.start == sent.start
        and not any(low <= f.number.idx < high for low, high in inside)
        and not counts_the_scope(f)
        and not starting_level(f.number)
    ]
    if not same:
        if sent.end >= len(doc):
            return []
        following = doc[sent.end].sent
        return [i for i, f in enumerate(figures) if f.number.sent.start == following.start]
    return same + _continued_results(doc, sent, figures, figures[same[-1]].source)


def open_count_figures(doc: Doc, cue_token: Token, figures: Sequence[CaveatTarget]) -> list[int]:
    """Indexes of the results a count still open ("ballots remain to be counted") makes
    preliminary: the results of its sentence that no modal forecasts ("could win by more than
    ten points once ..." is the final margin foretold), else the results of the sentence
    before in the same paragraph."""
    sent = cue_token.sent
    same = [
        i
        for i, f in enumerate(figures)
        if f.number.sent.start == sent.start and _a_result(f) and not _foretold(f.number)
    ]
    if same or sent.start == 0:
        return same
    before = doc[sent.start - 1].sent
    if _new_paragraph(before, sent):
        return []
    return [
        i for i, f in enumerate(figures) if f.number.sent.start == before.start and _a_result(f)
    ]


def counts_the_scope(figure: CaveatTarget) -> bool:
    """The figure counts what the count covers, not what it found: "in the 15 states that have
    voted, according to unofficial results" (the states are no result that may change)."""
    words = figure.subject.lower().split()
    return bool(words) and words[-1] in COUNT_SCOPE_NOUNS


def _foretold(number: Token) -> bool:
    """The figure is in a clause a modal governs: "she could win by ten points"."""
    return any(
        any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
        for head in number.ancestors
        if head.pos_ in ("VERB", "AUX")
    )


def _continued_results(
    doc: Doc, sent: Span, figures: Sequence[CaveatTarget], source: Source
) -> list[int]:
    """The figures of the sentences after ``sent`` that go on listing its results ("Diaz was
    second with 31 percent. Lane had 12 percent."): sentences of the same paragraph, each with
    no year of its own ("In 2012 she won 60 percent") and no count of its own still coming in,
    that gives a share or a vote count and no figure of another source; the first other sentence
    ends the list."""
    found: list[int] = []
    while sent.end < len(doc):
        following = doc[sent.end].sent
        if _new_paragraph(sent, following) or _names_a_year(following):
            break
        if PARTIAL_RETURNS_RE.search(following.text):
            break
        listed = [i for i, f in enumerate(figures) if f.number.sent.start == following.start]
        if not any(_a_result(figures[i]) for i in listed) or any(
            figures[i].source != source for i in listed
        ):
            break
        found += listed
        sent = following
    return found


def _new_paragraph(sent: Span, following: Span) -> bool:
    """A line break between the last word of ``sent`` and the first of ``following`` (the
    parse may hang the break on either sentence)."""
    words = [t for t in sent if not t.is_space]
    first = next((t for t in following if not t.is_space), None)
    if not words or first is None:
        return True
    return "\n" in sent.doc.text[words[-1].idx : first.idx]


def _names_a_year(sent: Span) -> bool:
    return any(YEAR_RE.fullmatch(t.text) for t in sent)


def _a_result(figure: CaveatTarget) -> bool:
    """A share of the vote or a vote count: "with 16 percent", "3,105 votes"."""
    return figure.unit == "percent" or bool(_VOTES & set(figure.subject.lower().split()))


def _cue_spans(text: str, offset: int) -> list[tuple[int, int]]:
    return [(offset + m.start(), offset + m.end()) for m in PARTIAL_RETURNS_RE.finditer(text)]


def counts_progress(figure: CaveatTarget) -> bool:
    """The figure is the count's progress ("with 99.2% of the vote counted"), not a result."""
    sent = figure.number.sent
    return any(
        low <= figure.number.idx < high for low, high in _cue_spans(sent.text, sent.start_char)
    )


def shares_count_progress(figure: CaveatTarget) -> bool:
    """The figure is the share of a count done so far, at any share ("With 87.5% of ballots
    counted", "with 99.2% of the vote counted"): a fact of the moment, which a cue that the
    count is provisional does not make preliminary (session 75, wcav75)."""
    sent = figure.number.sent
    return any(
        sent.start_char + m.start() <= figure.number.idx < sent.start_char + m.end()
        and _sets_the_scene(sent.text[: m.start()])
        for m in COUNT_PROGRESS_RE.finditer(sent.text)
    )


def _sets_the_scene(before: str) -> bool:
    """The "with" phrase opens its sentence or follows a comma or a dash, as a count's
    progress does ("With 87.5% of ballots counted, ..."; ", with 99.2% of the vote counted");
    not after the verb it completes ("Sow leading with 52.4% of votes counted so far": a
    share won, tests/wire2q q_4 gold: preliminary)."""
    before = before.rstrip()
    return not before or before[-1] in ",;:-\u2013\u2014"
