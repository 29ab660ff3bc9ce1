"""Which figures a caveat reaches when it names the sides or a pair of counts (gold README,
"Caveat scope": the figures it refers to, by source). Pure.

Two ways wire copy closes a round of rival accounts:

- "None of the figures given by either side could be independently confirmed", "the warring
  parties", "neither side's figures": the sides are the parties to the matter. The caveat
  reaches every earlier figure of a source that is a party (partisan_source: a belligerent, a
  campaign, a march's organisers) and of the account just before it, not the civil authority
  or the aid group quoted among them (tests/wirea a_1 gold: the army's and the rebels' figures,
  not the health ministry's toll; tests/corpus c1 gold: every figure of both countries). With
  no party among the sources it reaches every attributed figure before it, as before.
- "AFP could not verify either count", "both tallies", "neither estimate": two figures of two
  sources. The caveat reaches the two nearest sources before it that give such a figure, and
  of them only that kind of figure: a count, tally or toll is a plain count, not the speaker's
  "biggest in a decade" nor the "nine times the police figure" beside it (tests/wireb b_1
  gold: the police's and the union's crowd counts).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.lexicon import (
    ALL_SIDES_PATTERN,
    ONE_FIGURE_NOUNS,
    PAIR_COUNT_NOUNS,
    PAIR_FIGURES_PATTERN,
    TIME_UNITS,
)
from factcheck.model import SourceKind

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget

_ALL_SIDES_RE = re.compile(ALL_SIDES_PATTERN, re.I)
_PAIR_RE = re.compile(PAIR_FIGURES_PATTERN, re.I)
# the two sources of "either count"
_PAIR = 2


def figures_of_sides(
    text: str, figures: Sequence[CaveatTarget], parties: Sequence[bool], before: int
) -> list[int] | None:
    """The indexes of the figures before ``before`` that a caveat sentence naming the sides
    ("either side") or a pair of figures ("either count") reaches; None when it names neither.

    ``parties`` says, per figure, whether its source is marked as a party (partisan_source).
    """
    pair = _PAIR_RE.search(text)
    if pair is not None:
        noun = pair.group(1).lower()
        found = _pair_figures(figures, before, counts_only=noun in PAIR_COUNT_NOUNS)
        if noun in ONE_FIGURE_NOUNS and pair.group(0).lower().endswith(noun):
            return _lead_figures(figures, found)  # "either figure": one of each account
        return found
    if not _ALL_SIDES_RE.search(text):
        return None
    attributed = [i for i in range(before) if figures[i].source.kind is not SourceKind.NONE]
    if not attributed:
        return []
    sides = {source_key(figures[i].source) for i in attributed if i < len(parties) and parties[i]}
    if not sides:
        return attributed
    sides.add(source_key(figures[attributed[-1]].source))  # the account just before it
    return [
        i
        for i in attributed
        if (i < len(parties) and parties[i])
        or i == attributed[-1]
        or (source_key(figures[i].source) in sides and not _introduces(figures[i].source.text))
    ]


def _introduces(text: str) -> bool:
    """ "A medical group that tracks casualties": an indefinite phrase brings in a new source,
    it is no later mention of a party ("the group") that shares its head noun."""
    return text.split(" ", 1)[0].lower() in ("a", "an")


def _pair_figures(figures: Sequence[CaveatTarget], before: int, *, counts_only: bool) -> list[int]:
    """The figures of the two nearest sources before ``before``, back to where a third source
    of such a figure speaks."""
    keys: list[str] = []
    found: list[int] = []
    for index in range(before - 1, -1, -1):
        figure = figures[index]
        key = source_key(figure.source)
        if not key or (counts_only and not is_plain_count(figure)):
            continue
        if key not in keys:
            if len(keys) == _PAIR:
                break
            keys.append(key)
        found.append(index)
    return sorted(found)


def _lead_figures(figures: Sequence[CaveatTarget], found: list[int]) -> list[int]:
    """ "Reuters could not verify either figure", "Neither figure could be verified": one figure
    of each of the two accounts, the first each gives that is no span of time (an account
    leads with the figure the other one answers: the commission's 31 killed against Amnesty's
    39, not its injured, arrests or counties; tests/wirel l_2 gold; the first diplomat's 700
    detainees against the second's 1,100, not the 450 soldiers; tests/wiree e_3 gold)."""
    lead: dict[str, int] = {}
    for index in found:
        figure = figures[index]
        if figure.value is None or figure.unit.lower().rstrip("s") in TIME_UNITS:
            continue
        lead.setdefault(source_key(figure.source), index)
    return sorted(lead.values())


def is_plain_count(figure: CaveatTarget) -> bool:
    """A count of people or things: no unit (not a span of time, a share or money), not a
    multiplier ("nine times the police figure")."""
    number = figure.number
    multiplier = number.head.lemma_.lower() == "time" or any(
        c.lemma_.lower() == "time" for c in number.children
    )
    return not figure.unit and figure.value is not None and not multiplier


def names_sides(text: str) -> bool:
    """The caveat sentence names the sides or a pair of figures ("either side", "both counts")."""
    return bool(_PAIR_RE.search(text) or _ALL_SIDES_RE.search(text))
