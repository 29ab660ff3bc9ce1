"""Number mentions in a parsed Doc: the figure, its qualifier and unit, or why it is no claim.

The span of a mention follows the gold README: the number with its qualifier ("roughly 240",
"over 1,400", "between 10 and 20") and its unit or currency ("US$100 million", "7.7 percent");
not the counted noun. Dates, ordinals, numbers inside names and compound descriptors are
returned too, with ``why`` set, so callers can report them as not-claims.

``find_mentions`` composes the parts: where a number starts and its run ends (``number_runs``,
after the ``scan_starts`` prefilter), its currency and unit (``figure_units``), its qualifier
or bounding verb (``qualifiers``), the upper figure of a range (``range_highs``), and shares
(``share_fractions``, ``share_wholes``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from factcheck.extract.lexicon import RANGE_OPENERS
from factcheck.extract.mentions.estimated_measures import is_estimated_measure
from factcheck.extract.mentions.figure_units import attach_currency_and_unit
from factcheck.extract.mentions.handed_over import is_handed_over
from factcheck.extract.mentions.margin_pairs import is_margin_pair
from factcheck.extract.mentions.measure_switches import switches_measure
from factcheck.extract.mentions.negated_comparatives import negated_comparative
from factcheck.extract.mentions.number_runs import is_number_word, number_run_end, starts_number
from factcheck.extract.mentions.qualifiers import bound_from_verb, find_qualifier, untimed_high_end
from factcheck.extract.mentions.quantities import FigureParseError, is_numeral, parse_figure
from factcheck.extract.mentions.range_highs import find_range_high
from factcheck.extract.mentions.ratios import is_ratio_to_one
from factcheck.extract.mentions.risen_up_to import is_risen_up_to
from factcheck.extract.mentions.scan_starts import scan_starts
from factcheck.extract.mentions.share_fractions import fraction_end
from factcheck.extract.mentions.share_ranges import share_range_high
from factcheck.extract.mentions.share_wholes import has_rough_whole, share_whole_end
from factcheck.extract.mentions.signed_figures import signed_start
from factcheck.extract.mentions.spread_spans import is_spread_span
from factcheck.extract.mentions.time_ranges import time_range_high
from factcheck.extract.mentions.trailing_bounds import trailing_bound
from factcheck.extract.mentions.unit_fractions import unit_and_a_half
from factcheck.extract.mentions.vote_splits import glued_split_end
from factcheck.extract.not_claims.calendar_parts import is_calendar_part
from factcheck.extract.not_claims.group_percentiles import is_group_fraction
from factcheck.extract.not_claims.not_claims import classify_non_claim
from factcheck.model import Approx

_NUMBER_TOKENS = "factcheck_number_tokens"


@dataclass(frozen=True)
class Mention:
    """A number mention: token offsets into its Doc and how the text qualifies it.

    Attributes:
        start: first token of the whole mention (qualifier included).
        end: token after the mention (unit included).
        figure: token slice (start, end) of the figure, currency and unit included.
        high: token slice of the upper figure of a range, else None.
        approx: how the qualifier or governing verb bounds the figure.
        qualifier: the words that set ``approx`` ("roughly", "crossed"), '' for bare figures.
        why: '' for a claim; else why the mention is not a claim.
    """

    start: int
    end: int
    figure: tuple[int, int]
    high: tuple[int, int] | None = None
    approx: Approx = Approx.EXACT
    qualifier: str = ""
    why: str = ""

    @property
    def is_claim(self) -> bool:
        return not self.why

    def span(self, doc: Doc) -> Span:
        """Return the whole mention as a Span of ``doc``."""
        return doc[self.start : self.end]

    def number_token(self, doc: Doc) -> Token:
        """Return the token the figure hangs on in the parse (its last number word)."""
        # asked about six times per figure: found once per Doc (speed17)
        known = doc.user_data.setdefault(_NUMBER_TOKENS, {})
        if self.figure not in known:
            known[self.figure] = self._find_number_token(doc).i
        return doc[known[self.figure]]

    def _find_number_token(self, doc: Doc) -> Token:
        start, end = self.figure
        high = self.high
        if high is not None and time_range_high(doc, self.figure, high):
            start, end = high  # "six or seven months": the unit hangs on "seven"
        if unit_and_a_half(doc, start, end):
            return doc[start + 1]  # "a year and a half": the unit, as in "a year"
        numbers = [t for t in doc[start:end] if is_number_word(t) or is_numeral(t)]
        return numbers[-1] if numbers else doc[end - 1]


def find_mentions(doc: Doc) -> Iterator[Mention]:
    """Yield every number mention in ``doc``, claims and not-claims, in text order.

    Args:
        doc: a Doc parsed by a pipeline with a tagger, parser and NER.

    Yields:
        Mentions; those with ``why`` set are not claims.
    """
    i, last_end = 0, 0
    could_start = scan_starts(doc)
    while i < len(doc):
        if not could_start[i]:
            i += 1  # neither a fraction nor a number starts here (see SCAN_WORDS)
            continue
        token = doc[i]
        share_end = fraction_end(doc, i)
        if share_end and is_calendar_part(doc, i, share_end):
            # "the first half of 2015": a part of a year, not a share
            mention = Mention(start=i, end=share_end, figure=(i, share_end), why="date")
        elif share_end and is_group_fraction(doc, i, share_end):
            # "the top half of the income distribution": a group named by its rank
            mention = Mention(start=i, end=share_end, figure=(i, share_end), why="descriptor")
        elif share_end:
            mention = _read_share(doc, i, share_end)
        elif not starts_number(token):
            i += 1
            continue
        else:
            mention = _read_mention(doc, i)
        if mention.start < last_end:
            # A currency or qualifier taken from the mention before: mentions never overlap.
            figure = (max(mention.figure[0], last_end), mention.figure[1])
            mention = replace(mention, start=max(mention.start, last_end), figure=figure)
        yield mention
        last_end = mention.end
        i = max(mention.end, i + 1)


def _read_mention(doc: Doc, i: int) -> Mention:
    core_end = number_run_end(doc, i)
    fig_start, fig_end = attach_currency_and_unit(doc, i, core_end)
    why = classify_non_claim(doc, i, core_end)
    if why == "idiom" and doc[i].lower_ == "one" and core_end < len(doc):
        # "One in five say ...": "one" the idiom test reads as a pronoun opens a share (not
        # "one of the five", which the golds write either way)
        if doc[core_end].lower_ in ("in", "out") and share_whole_end(doc, core_end):
            why = ""
    if why:
        return Mention(start=fig_start, end=fig_end, figure=(fig_start, fig_end), why=why)
    whole_end = share_whole_end(doc, core_end) if fig_end == core_end else None
    if whole_end is not None:
        return _read_share(doc, i, whole_end)
    qualifier_start, approx = find_qualifier(doc, fig_start)
    if untimed_high_end(doc, qualifier_start, fig_start, fig_end):
        qualifier_start, approx = fig_start, Approx.EXACT  # "as long as 10 people come"
    if is_spread_span(doc, qualifier_start, fig_start, fig_end):
        qualifier_start, approx = fig_start, Approx.EXACT  # "$30 billion over 10 years"
    if is_handed_over(doc, qualifier_start, fig_start):
        qualifier_start, approx = fig_start, Approx.EXACT  # "had handed over 190 soldiers"
    if is_risen_up_to(doc, qualifier_start, fig_start):
        qualifier_start, approx = fig_start, Approx.EXACT  # "the rate edged up to 7.2%"
    high = find_range_high(doc, fig_end, opener=doc[qualifier_start].lower_)
    ratio_end = None
    if high is not None and _falls(doc, (fig_start, fig_end), high):
        if is_ratio_to_one(doc, (fig_start, fig_end), high):
            ratio_end = high[1]  # "outspending them 5-1": one figure, the ratio
        high = None  # "leads 46 percent to 44 percent": two figures, not a range
    elif high is not None and is_margin_pair(doc, (fig_start, fig_end), high):
        high = None  # "6 points (37 percent to 43 percent)": a margin's two sides
    elif high is not None and switches_measure(doc, (fig_start, fig_end), high):
        high = None  # "raised by 3% to 2,369 rupees": a change and a level, not a range
    if high is None and ratio_end is None:
        ratio_end = glued_split_end(doc, fig_end) or None  # "a 5-to-4 vote": one figure
    if high is not None:
        # "around 25-30 shots", "within five to 10 years", "as many as three to four others": the
        # range says how rough it is (realgold5 gold: "as many as three to four" a range)
        approx = Approx.RANGE
    elif doc[qualifier_start].lower_ in RANGE_OPENERS:
        qualifier_start, approx = fig_start, Approx.EXACT
    start = qualifier_start
    end = high[1] if high else ratio_end or fig_end
    qualifier = doc[start:fig_start].text
    if approx is Approx.EXACT:
        approx, qualifier = bound_from_verb(doc, i, core_end, approx)
    elif high is None:
        approx = negated_comparative(doc, start, fig_end, approx)  # "not for less than 9%"
    if approx is Approx.EXACT and high is None:
        approx = trailing_bound(doc, fig_end) or approx  # "$200 or less", "20+ casings"
    if approx is Approx.EXACT and high is None and is_estimated_measure(doc, fig_end):
        approx = Approx.APPROXIMATE  # "at an estimated loss of $473 million"
    sign_at = (
        signed_start(doc, fig_start, fig_end) if start == fig_start and not qualifier else None
    )
    if approx is Approx.EXACT and high is None and sign_at is not None:
        start, qualifier = sign_at, doc[sign_at].text  # "minus 41", "-11 points": a net rating
    return Mention(
        start=start,
        end=end,
        figure=(fig_start, fig_end),
        high=high,
        approx=approx,
        qualifier=qualifier,
    )


def _read_share(doc: Doc, i: int, end: int) -> Mention:
    """A share is one claim: "about two-thirds", "eight of 10", "more than half" (gold README,
    "Shares")."""
    start, approx = find_qualifier(doc, i)
    high = share_range_high(doc, i, end) if approx is Approx.RANGE else None
    if high is not None:
        # "between a quarter and a third": one range of two shares (gold README)
        return Mention(
            start=start,
            end=high[1],
            figure=(i, end),
            high=high,
            approx=approx,
            qualifier=doc[start:i].text,
        )
    if approx is Approx.RANGE:
        start, approx = i, Approx.EXACT
    if approx is Approx.EXACT and has_rough_whole(doc, i, end):
        approx = Approx.APPROXIMATE  # "200 of the village's roughly 300": a rough whole
    return Mention(
        start=start, end=end, figure=(i, end), approx=approx, qualifier=doc[start:i].text
    )


def _falls(doc: Doc, low: tuple[int, int], high: tuple[int, int]) -> bool:
    """The upper figure of "46 percent to 44 percent" is below the first: no range."""
    try:
        return (
            parse_figure(doc[slice(*high)].text).value < parse_figure(doc[slice(*low)].text).value
        )
    except FigureParseError:
        return False
