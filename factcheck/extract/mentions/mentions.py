"""Number mentions in a parsed Doc: the figure, its qualifier and unit, or why it is no claim.

The span of a mention follows the gold README: the number with its qualifier ("roughly 240",
"over 1,400", "between 10 and 20") and its unit or currency ("US$100 million", "7.7 percent");
not the counted noun. Dates, ordinals, numbers inside names and compound descriptors are
returned too, with ``why`` set, so callers can report them as not-claims.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from factcheck.extract.lexicon import (
    APPROXIMATE_QUALIFIERS,
    CHANGE_VERBS,
    CURRENCY_SYMBOLS,
    FOLD_WORDS,
    FRACTION_WORDS,
    GROUP_COUNT_WORDS,
    HYPHEN_FRACTION_WORDS,
    LOW_END_QUALIFIERS,
    LOWER_BOUND_QUALIFIERS,
    LOWER_BOUND_VERBS,
    MEASURE_DESCRIPTORS,
    MULTIPLE_WORDS,
    MULTIPLIER_WORDS,
    NUMBER_GLUE,
    NUMBER_WORDS,
    ONCE_WORDS,
    PAIRED_THINGS,
    PERCENT_WORDS,
    POINT_WORDS,
    POSSESSIVE_MARKS,
    RANGE_OPENERS,
    SCALE_WORDS,
    SHARE_JOINERS,
    SHARE_WHOLE_MODIFIERS,
    SHARE_WHOLE_ORDINALS,
    SHARE_WHOLE_POSSESSIVES,
    SINGLE_UNIT_NOUNS,
    TIME_HIGH_END_QUALIFIERS,
    TIME_UNITS,
    UPPER_BOUND_PREPOSITIONS,
    UPPER_BOUND_QUALIFIERS,
    UPPER_BOUND_VERBS,
)
from factcheck.extract.mentions.century_spans import century_fraction_end
from factcheck.extract.mentions.change_shares import is_change_share
from factcheck.extract.mentions.count_margins import count_margin_end
from factcheck.extract.mentions.estimated_measures import is_estimated_measure
from factcheck.extract.mentions.half_predeterminers import is_predeterminer_half
from factcheck.extract.mentions.half_runs import and_a_half_end
from factcheck.extract.mentions.lasting_units import is_lasting_unit
from factcheck.extract.mentions.margin_pairs import is_margin_pair
from factcheck.extract.mentions.mixed_fractions import is_glued_mixed_fraction, mixed_fraction_end
from factcheck.extract.mentions.multiplier_comparisons import compares_as_multiplier
from factcheck.extract.mentions.multiplier_idioms import is_multiplier_idiom
from factcheck.extract.mentions.multiplier_verbs import is_fold_word, multiplies_an_object
from factcheck.extract.mentions.once_counts import counts_an_event_once
from factcheck.extract.mentions.percent_fractions import percent_of_fraction_end
from factcheck.extract.mentions.quantities import (
    FigureParseError,
    find_unit_word,
    is_numeral,
    is_numeral_text,
    is_spelled_number,
    parse_figure,
)
from factcheck.extract.mentions.range_joiners import joins_a_range
from factcheck.extract.mentions.ratios import is_ratio_to_one
from factcheck.extract.mentions.record_spans import record_span_end
from factcheck.extract.mentions.share_ranges import share_range_high
from factcheck.extract.mentions.signed_figures import signed_start
from factcheck.extract.mentions.spread_spans import is_spread_span
from factcheck.extract.mentions.subject_shares import is_stance_subject_share
from factcheck.extract.mentions.time_ranges import time_range_high
from factcheck.extract.mentions.trailing_bounds import trailing_bound
from factcheck.extract.mentions.unit_fractions import unit_and_a_half, unit_fraction_end
from factcheck.extract.mentions.verb_bounds import is_required_amount, negated_bound
from factcheck.extract.mentions.vote_splits import glued_split_end
from factcheck.extract.not_claims.calendar_parts import is_calendar_part
from factcheck.extract.not_claims.compound_descriptors import is_contest_size, point_margin_end
from factcheck.extract.not_claims.dates_times import duration_modifier_len
from factcheck.extract.not_claims.not_claims import classify_non_claim
from factcheck.model import Approx

_QUALIFIERS = (
    [(q, Approx.APPROXIMATE) for q in APPROXIMATE_QUALIFIERS]
    + [(q, Approx.LOWER_BOUND) for q in LOWER_BOUND_QUALIFIERS]
    + [(q, Approx.UPPER_BOUND) for q in UPPER_BOUND_QUALIFIERS]
    + [(q, Approx.UPPER_BOUND) for q in UPPER_BOUND_PREPOSITIONS]
    + [(q, Approx.LOWER_BOUND) for q in LOW_END_QUALIFIERS]
    + [(q, Approx.UPPER_BOUND) for q in TIME_HIGH_END_QUALIFIERS]
)
# Longest first, so "just over" wins over "over".
_QUALIFIERS.sort(key=lambda item: len(item[0]), reverse=True)
_LONGEST_QUALIFIER = len(_QUALIFIERS[0][0])
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
        numbers = [t for t in doc[start:end] if _is_number_word(t) or is_numeral(t)]
        return numbers[-1] if numbers else doc[end - 1]


def find_mentions(doc: Doc) -> Iterator[Mention]:
    """Yield every number mention in ``doc``, claims and not-claims, in text order.

    Args:
        doc: a Doc parsed by a pipeline with a tagger, parser and NER.

    Yields:
        Mentions; those with ``why`` set are not claims.
    """
    i, last_end = 0, 0
    could_start = _scan_starts(doc)
    while i < len(doc):
        if not could_start[i]:
            i += 1  # neither a fraction nor a number starts here (see _SCAN_WORDS)
            continue
        token = doc[i]
        share_end = _fraction_end(doc, i)
        if share_end and is_calendar_part(doc, i, share_end):
            # "the first half of 2015": a part of a year, not a share
            mention = Mention(start=i, end=share_end, figure=(i, share_end), why="date")
        elif share_end:
            mention = _read_share(doc, i, share_end)
        elif not _starts_number(token):
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
    core_end = _number_run_end(doc, i)
    fig_start, fig_end = _attach_currency_and_unit(doc, i, core_end)
    why = classify_non_claim(doc, i, core_end)
    if why == "idiom" and doc[i].lower_ == "one" and core_end < len(doc):
        # "One in five say ...": "one" the idiom test reads as a pronoun opens a share (not
        # "one of the five", which the golds write either way)
        if doc[core_end].lower_ in ("in", "out") and _share_whole_end(doc, core_end):
            why = ""
    if why:
        return Mention(start=fig_start, end=fig_end, figure=(fig_start, fig_end), why=why)
    whole_end = _share_whole_end(doc, core_end) if fig_end == core_end else None
    if whole_end is not None:
        return _read_share(doc, i, whole_end)
    qualifier_start, approx = _find_qualifier(doc, fig_start)
    if _untimed_high_end(doc, qualifier_start, fig_start, fig_end):
        qualifier_start, approx = fig_start, Approx.EXACT  # "as long as 10 people come"
    if is_spread_span(doc, qualifier_start, fig_start, fig_end):
        qualifier_start, approx = fig_start, Approx.EXACT  # "$30 billion over 10 years"
    high = _find_range_high(doc, fig_end, opener=doc[qualifier_start].lower_)
    ratio_end = None
    if high is not None and _falls(doc, (fig_start, fig_end), high):
        if is_ratio_to_one(doc, (fig_start, fig_end), high):
            ratio_end = high[1]  # "outspending them 5-1": one figure, the ratio
        high = None  # "leads 46 percent to 44 percent": two figures, not a range
    elif high is not None and is_margin_pair(doc, (fig_start, fig_end), high):
        high = None  # "6 points (37 percent to 43 percent)": a margin's two sides
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
        approx, qualifier = _bound_from_verb(doc, i, core_end, approx)
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
    start, approx = _find_qualifier(doc, i)
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
    return Mention(
        start=start, end=end, figure=(i, end), approx=approx, qualifier=doc[start:i].text
    )


_FRACTION_STARTS = frozenset({*MULTIPLE_WORDS, *FOLD_WORDS, "half", "a", "an"})
# The words that can start a mention in find_mentions' scan, so the two per-token tests are
# asked only of them and of numerals (speedA: 95% of tokens are neither). Complete:
# _share_fraction_end returns 0 unless the word is in _FRACTION_STARTS or a spelled number
# (NUMBER_WORDS, SCALE_WORDS); _starts_number is False unless the token is a numeral, a
# century fraction (starts "a", "an", "half") or in its branches' words: "a", "an", "half",
# "quarter", ONCE_WORDS, "dozen", NUMBER_WORDS.
_SCAN_WORDS = frozenset(
    {*_FRACTION_STARTS, *NUMBER_WORDS, *SCALE_WORDS, *ONCE_WORDS, "quarter", "dozen"}
)


def _scan_starts(doc: Doc) -> list[bool]:
    """For each token of ``doc``: may a mention start there? A word of ``_SCAN_WORDS``, a
    numeral ("240", "HK$400") or a glued fraction ("2½").

    Read from spaCy's arrays of each token's lowercase and verbatim form, each distinct form
    tested once: a Token made for every word of the article, to read its two forms, was 5% of
    extraction (speed50). Only a word that opens with a digit and is no numeral becomes a
    Token, for the fraction test, which reads its neighbour.
    """
    strings = doc.vocab.strings
    scanned: dict[int, bool] = {}  # lowercase form -> in _SCAN_WORDS
    kinds: dict[int, str] = {}  # verbatim form -> _digit_kind
    starts = []
    lowers, orths = doc.to_array(LOWER).tolist(), doc.to_array(ORTH).tolist()
    for i, (lower, orth) in enumerate(zip(lowers, orths, strict=True)):
        if lower not in scanned:
            scanned[lower] = strings[lower] in _SCAN_WORDS
        if orth not in kinds:
            kinds[orth] = _digit_kind(strings[orth])
        kind = kinds[orth]
        starts.append(
            scanned[lower]
            or kind == "numeral"
            or (kind == "digit" and _glued_fraction_start(doc[i]))
        )
    return starts


def _digit_kind(text: str) -> str:
    """ "numeral" for a numeral ("240", "HK$400"), "digit" for another word opening with a
    digit ("2½"), else ""."""
    if is_numeral_text(text):
        return "numeral"
    return "digit" if text[:1].isdigit() else ""


def _fraction_end(doc: Doc, i: int) -> int:
    """Return the end of a fraction starting at token ``i``, or 0: "half of voters", "more
    than half", "a third of", "two-thirds"; with the percent it is a fraction of ("one-half
    of 1 percent": one figure, not a share and a second claim)."""
    end = _share_fraction_end(doc, i)
    return (percent_of_fraction_end(doc, end) or end) if end else 0


def _share_fraction_end(doc: Doc, i: int) -> int:
    """The end of the fraction alone ("half", "a third", "two-thirds"), or 0."""
    token = doc[i]
    lower = token.lower_
    if lower not in _FRACTION_STARTS and not is_spelled_number(token):
        return 0  # asked of every token: most start no fraction
    if century_fraction_end(doc, i) or unit_fraction_end(doc, i):
        return 0  # "a quarter-century", "a half hour": a span of time, not a share

    def qualified() -> bool:  # asked only of a fraction word: it is the costly test per token
        return _find_qualifier(doc, i)[1] not in (Approx.EXACT, Approx.RANGE)

    def followed_by_part(j: int) -> bool:
        return j < len(doc) and (
            doc[j].lower_ == "of"
            or doc[j].text in (",", "—")
            or is_stance_subject_share(doc, i, j)
            or share_range_high(doc, i, j) is not None  # "between a quarter and a third"
            or is_change_share(doc, i)  # "cutting emissions by a third"
        )

    def of_a_scale(j: int) -> bool:  # "a quarter of a million": a number, not a share
        words = [t.lower_ for t in doc[j : j + 3]]
        return (
            len(words) == 3 and words[:2] in (["of", "a"], ["of", "an"]) and words[2] in SCALE_WORDS
        )

    if (
        lower in MULTIPLE_WORDS
        and not is_multiplier_idiom(doc, i)  # "doubled down on its attacks"
        and (
            qualified()
            or token.tag_ in ("VBD", "VBN", "VBZ")
            or compares_as_multiplier(doc, i)
            or multiplies_an_object(doc, i)  # "plans to triple coal production"
        )
    ):
        return i + 1  # "nearly doubled", "roughly double", "the toll tripled", "double the number"
    if is_fold_word(doc, i):
        return i + 1  # "as much as fivefold", "rose tenfold"
    if lower == "half" and [t.lower_ for t in doc[max(i - 2, 0) : i]] == ["and", "a"]:
        return 0  # "the past decade and a half of policies": one and a half units, no share
    if lower == "half" and (
        qualified() or followed_by_part(i + 1) or is_predeterminer_half(doc, i)
    ):
        nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        return 0 if nxt in ("a", "an") else i + 1  # "half a million" is read as a number
    if lower in ("a", "an") and i + 1 < len(doc) and doc[i + 1].lower_ in FRACTION_WORDS:
        if of_a_scale(i + 2):
            return i + 5
        if doc[i + 1].lower_ != "half" and (qualified() or followed_by_part(i + 2)):
            return i + 2
    if (
        is_spelled_number(token)
        and i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and not token.whitespace_
        and not doc[i + 1].whitespace_
        and doc[i + 2].lower_ in HYPHEN_FRACTION_WORDS
        and (qualified() or followed_by_part(i + 3))
    ):
        return i + 3  # "two-thirds of voters"; not "a two-thirds majority" (a threshold)
    return 0


def _share_whole_end(doc: Doc, end: int) -> int | None:
    """ "eight of 10", "12 of the 19", "one in five", "nine out of 10": the end of the whole a
    part is of."""
    joiner = end + 1 if end + 2 < len(doc) and doc[end].lower_ == "out" else end
    if joiner + 1 >= len(doc) or doc[joiner].lower_ not in SHARE_JOINERS:
        return None
    if joiner > end and doc[joiner].lower_ != "of":
        return None  # "out of", not "out in"
    whole = joiner + 1
    owned = _after_share_owner(doc, whole) if doc[joiner].lower_ == "of" else None
    if owned is not None:
        whole = owned  # "23 of its 29", "two of the firm's five"
    elif doc[whole].lower_ == "the" and doc[joiner].lower_ == "of":
        whole += 1
        if whole < len(doc) and doc[whole].lower_ in SHARE_WHOLE_MODIFIERS | SHARE_WHOLE_ORDINALS:
            whole += 1  # "six of the past seven contests" (realgold14 gold: a share)
    if whole >= len(doc) or not _starts_number(doc[whole]) or doc[whole].lower_ in ("a", "an"):
        return None
    whole_end = _number_run_end(doc, whole)
    if classify_non_claim(doc, whole, whole_end):
        return None
    try:
        part = parse_figure(doc[end - 1].text).value
        total = parse_figure(doc[whole:whole_end].text).value
    except FigureParseError:
        return None
    return whole_end if 0 < part <= total else None


def _after_share_owner(doc: Doc, i: int) -> int | None:
    """ "of its 29 delegates", "of the firm's five directors", "of Saudi Arabia's 70,000
    mosques": the token after the owner of a share's whole, or None when no owner stands there
    (gold README "Shares": the part and the whole are one claim, whoever owns the whole)."""
    if i < len(doc) and doc[i].lower_ in SHARE_WHOLE_POSSESSIVES:
        return i + 1
    for j in range(i, min(i + 5, len(doc))):
        if doc[j].text in POSSESSIVE_MARKS:
            return j + 1 if j > i else None
        if doc[j].pos_ not in ("PROPN", "NOUN", "DET", "ADJ") or is_numeral(doc[j]):
            return None
    return None


def _falls(doc: Doc, low: tuple[int, int], high: tuple[int, int]) -> bool:
    """The upper figure of "46 percent to 44 percent" is below the first: no range."""
    try:
        return (
            parse_figure(doc[slice(*high)].text).value < parse_figure(doc[slice(*low)].text).value
        )
    except FigureParseError:
        return False


def _glued_fraction_start(token: Token) -> bool:
    """ "2½ years", "41/2 years": a whole and a half in one word (``mixed_fractions``)."""
    if not token.text[:1].isdigit() or is_numeral(token):
        return False  # asked of every token: most are no digits, or plain numerals
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    unit_follows = (
        nxt is not None
        and nxt.pos_ == "NOUN"
        and (nxt.lemma_.lower() in TIME_UNITS or find_unit_word(nxt.text))
    )
    return is_glued_mixed_fraction(token, unit_follows=unit_follows)


def _starts_number(token: Token) -> bool:
    if is_numeral(token) or _glued_fraction_start(token):
        return True
    lower = token.lower_
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if century_fraction_end(token.doc, token.i):
        return True  # "a quarter-century", "half a century"
    if lower in ("a", "an"):
        # "a million"; "the first death in a decade" (gold README: spans of time that assert
        # something checkable are claims)
        return nxt is not None and (
            (nxt.lower_ in SCALE_WORDS and len(nxt.lower_) > 1)
            or nxt.lower_ in ("decade", "dozen")
            or _qualified_single_unit(token, nxt)
            or is_lasting_unit(token, nxt)  # "suspended for a month", "spent a year"
            or _group_count_at(token.doc, token.i + 1)
            or _half_dozen_at(token.doc, token.i + 1)  # "a half-dozen donations"
            or bool(unit_fraction_end(token.doc, token.i))  # "within a half hour"
        )
    if lower == "half" and _half_dozen_at(token.doc, token.i):
        return True  # "half-dozen"
    if lower == "half" and unit_fraction_end(token.doc, token.i):
        return True  # "half an hour", "half a percentage point"
    if lower in ("half", "quarter"):
        # "half a million" is a figure; "half the city" is not.
        return (
            nxt is not None
            and nxt.lower_ in ("a", "an")
            and token.i + 2 < len(token.doc)
            and token.nbor(2).lower_ in (*SCALE_WORDS, "dozen")
        )
    if lower in ONCE_WORDS:
        return counts_an_event_once(token)  # "shot once in the arm", "was uttered once"
    if lower == "dozen":
        # "the dozen emails" (a dozen named before); "dozens" is vague and not a claim
        prev = token.nbor(-1).lower_ if token.i > 0 else ""
        return prev in ("the", "that", "those", "these")
    return lower in NUMBER_WORDS


def _qualified_single_unit(article: Token, unit: Token) -> bool:
    """ "more than a year", "within an hour", "about a mile", "nearly a century": one unit of
    time or distance with a qualifier asserts a measure (gold README, spans of time; realgold5,
    realgold8, realgold10, realgold12, realgold14 golds), unlike a bare "a year" ("a year after",
    "once a year"); what only places an event ("about a year ago") is a not-claim as with digits."""
    if unit.lemma_.lower() not in SINGLE_UNIT_NOUNS or article.i == 0:
        return False
    approx = _find_qualifier(article.doc, article.i)[1]
    return approx in (Approx.APPROXIMATE, Approx.LOWER_BOUND, Approx.UPPER_BOUND)


def _group_count_at(doc: Doc, i: int) -> bool:
    """ "a trio of PACs": a group word of a set size at token ``i``, before "of" and its
    members (not "a pair of shoes" read alone: the members must be a plural noun)."""
    if i + 2 >= len(doc) or doc[i].lower_ not in GROUP_COUNT_WORDS or doc[i + 1].lower_ != "of":
        return False
    for word in doc[i + 2 : i + 7]:
        if word.tag_ in ("NNS", "NNPS"):
            # "a trio of pro-Cruz super PACs"; not "a pair of shoes", one thing of two parts
            return word.lemma_.lower() not in PAIRED_THINGS
        if word.pos_ in ("VERB", "AUX") or word.is_punct and word.text != "-":
            return False
    return False


def _half_dozen_at(doc: Doc, i: int) -> bool:
    """ "half-dozen" (three tokens) starts at token ``i``."""
    return i + 2 < len(doc) and [t.lower_ for t in doc[i : i + 3]] == ["half", "-", "dozen"]


def _spelled_dozen_at(doc: Doc, i: int) -> bool:
    """ "two-dozen" (three tokens, no spaces) starts at token ``i``: the hyphenated spelling of
    "two dozen" ("nearly two-dozen counties"), one number of 24."""
    return (
        i + 2 < len(doc)
        and is_spelled_number(doc[i])
        and doc[i].lower_ not in ("a", "an", "half")
        and not doc[i].whitespace_
        and doc[i + 1].text == "-"
        and not doc[i + 1].whitespace_
        and doc[i + 2].lower_ == "dozen"
    )


def _is_number_word(token: Token) -> bool:
    lower = token.lower_
    return (lower in NUMBER_WORDS and lower not in ("a", "an")) or (
        lower in SCALE_WORDS and len(lower) > 1
    )


def _number_run_end(doc: Doc, i: int) -> int:
    """Return the end of the run of number words starting at ``i`` ("2.3 million")."""
    century_end = century_fraction_end(doc, i) or unit_fraction_end(doc, i)
    if century_end:
        return century_end  # "a quarter-century", "half an hour": the unit is inside the run
    mixed_end = mixed_fraction_end(doc, i)
    if mixed_end:
        return mixed_end  # "4 1/2 hours": the whole and its fraction
    j = i + 1
    while j < len(doc):
        token = doc[j]
        lower = token.lower_
        if lower in SCALE_WORDS and doc[j - 1].lower_ not in SCALE_WORDS:
            if len(lower) > 1 or not doc[j - 1].whitespace_:
                j += 1  # "2.3 million", "30m" split as "30" "m"
            else:
                break
        elif doc[j - 1].lower_ in ("half", "quarter", "a", "an") and lower in ("a", "an"):
            j += 1
        elif doc[j - 1].lower_ in ("a", "an") and lower in SCALE_WORDS:
            j += 1
        elif doc[j - 1].lower_ in ("a", "an") and _group_count_at(doc, j):
            j += 1  # "a trio of PACs"
        elif lower == "dozen" and (
            is_spelled_number(doc[j - 1]) or doc[j - 1].lower_ in ("a", "an", "half")
        ):
            j += 1  # "a dozen", "four dozen", "half a dozen"
        elif (is_spelled_number(doc[j - 1]) or is_numeral(doc[j - 1])) and and_a_half_end(doc, j):
            j = and_a_half_end(doc, j)  # "seven-and-a-half years"
        elif lower == "half" and _half_dozen_at(doc, j):
            j += 3  # "a half-dozen"
        elif lower == "-" and _half_dozen_at(doc, j - 1):
            j += 2  # "half-dozen"
        elif lower == "-" and _spelled_dozen_at(doc, j - 1):
            j += 2  # "two-dozen", as "two dozen"
        elif (
            lower in NUMBER_GLUE
            and j + 1 < len(doc)
            and is_spelled_number(doc[j - 1])
            and is_spelled_number(doc[j + 1])
            and (lower == "-" or doc[j - 1].lower_ in SCALE_WORDS)
        ):
            j += 2  # "twenty-five", "one hundred and twenty"
        elif (
            is_spelled_number(token)
            and is_spelled_number(doc[j - 1])
            and _compounds(doc[j - 1], token)
        ):
            j += 1  # "twenty five"
        else:
            break
    return j


def _compounds(left: Token, right: Token) -> bool:
    """True for "twenty five" (tens then units), False for "two three"."""
    lv, rv = NUMBER_WORDS.get(left.lower_, 0), NUMBER_WORDS.get(right.lower_, 0)
    return lv >= 20 and lv % 10 == 0 and 0 < rv < 10


def _attach_currency_and_unit(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Widen a number run to the currency before it and the unit after it."""
    if start > 0:
        prev = doc[start - 1]
        if prev.lower_ in CURRENCY_SYMBOLS and (not prev.whitespace_ or prev.lower_ in ("usd",)):
            start -= 1
    if end < len(doc):
        nxt = doc[end]
        if nxt.lower_ == "per" and end + 1 < len(doc) and doc[end + 1].lower_ == "cent":
            return start, end + 2
        if duration_modifier_len(doc, end):
            return start, end + 2  # "14 straight years"
        if _is_points(doc, end):
            # "six percentage points", "leads by 29 points": points are the unit of a margin
            return start, end + (2 if nxt.lower_ == "percentage" else 1)
        spaced_margin_end = point_margin_end(doc, end) if nxt.lower_ == "percentage" else 0
        if spaced_margin_end:
            return start, spaced_margin_end  # "a 10 percentage-point lead": not "10 percentage"
        if nxt.lower_ in PERCENT_WORDS or nxt.lower_ in MULTIPLIER_WORDS:
            return start, end + 1
        glued_to_next = not nxt.whitespace_ and end + 1 < len(doc) and doc[end + 1].like_num
        if glued_to_next and nxt.lower_ in CURRENCY_SYMBOLS:
            return start, end  # "5 US$6": the symbol belongs to the next figure
        if nxt.pos_ in ("NOUN", "PROPN", "SYM", "ADJ") and find_unit_word(nxt.text):
            return start, end + 1
        if doc[end - 1].lower_ in ("a", "an") and nxt.lemma_.lower() in SINGLE_UNIT_NOUNS:
            return start, end + 1  # "about a block apart": the unit quantulum does not know
        margin_end = point_margin_end(doc, end) or count_margin_end(doc, end)
        if margin_end:
            return start, margin_end  # "a 20-point lead", "a 26-delegate advantage"
        if is_contest_size(doc, end):
            return start, end + 2  # "a three-way race"
        record_end = record_span_end(doc, end)
        if record_end:
            return start, record_end  # "a 50-year low": the span of a record
        if (
            nxt.text == "-"
            and not nxt.whitespace_
            and end + 1 < len(doc)
            and doc[end + 1].lower_ in MEASURE_DESCRIPTORS
        ):
            return start, end + 2  # "a 5.8-magnitude quake"
    return start, end


def _is_points(doc: Doc, end: int) -> bool:
    """ "six percentage points", "29 points", "0.1 percentage point": a figure in points."""
    j = end + 1 if doc[end].lower_ == "percentage" else end
    return j < len(doc) and doc[j].lower_ in POINT_WORDS and doc[j].whitespace_ != "-"


def _untimed_high_end(doc: Doc, qualifier_start: int, fig_start: int, fig_end: int) -> bool:
    """ "as long as" bounds a span of time ("as long as two years"), not a condition."""
    words = tuple(t.lower_ for t in doc[qualifier_start:fig_start])
    if words not in TIME_HIGH_END_QUALIFIERS:
        return False
    unit_at = doc[fig_start : fig_end + 1]  # the unit is taken into the figure or follows it
    return not any(t.lemma_.lower() in TIME_UNITS for t in unit_at)


def _find_qualifier(doc: Doc, start: int) -> tuple[int, Approx]:
    """Return where the qualifier before token ``start`` begins and what it means."""
    # the words before ``start`` read once, not once per qualifier (speedA)
    before = tuple(t.lower_ for t in doc[max(start - _LONGEST_QUALIFIER, 0) : start])
    for words, approx in _QUALIFIERS:
        n = len(words)
        if n <= len(before) and before[len(before) - n :] == words:
            return start - n, approx
    if start > 0 and doc[start - 1].lower_ in RANGE_OPENERS:
        return start - 1, Approx.RANGE
    return start, Approx.EXACT


def _find_range_high(doc: Doc, end: int, *, opener: str) -> tuple[int, int] | None:
    """Return the token slice of the range's upper figure after token ``end``, if any.

    "between 10 and 20", "10 to 20", "3-5", "two or three". A range needs a joiner the opener
    allows: "and" only after "between"; "to" not after "from" ("rose from 5 to 7" is a change).
    """
    if not joins_a_range(doc, end, opener):
        return None
    if doc[end].lower_ == "to" and _changes(doc[end - 1]):
        return None  # "fell 12% to HK$18.40": a change, not a range
    high_start = end + 1
    if doc[high_start].lower_ in CURRENCY_SYMBOLS and high_start + 1 < len(doc):
        high_start += 1  # "between $1.2 billion and $1.8 billion"
    if not _starts_number(doc[high_start]):
        return None
    high_end = _number_run_end(doc, high_start)
    if classify_non_claim(doc, high_start, high_end):
        return None
    return _attach_currency_and_unit(doc, high_start, high_end)


def _changes(token: Token) -> bool:
    """The figure is the amount of a change: "shares fell 12% to HK$18.40"."""
    for ancestor in [token, *list(token.ancestors)[:2]]:
        if ancestor.pos_ == "VERB":
            return ancestor.lemma_.lower() in CHANGE_VERBS
    return False


def _bound_from_verb(doc: Doc, start: int, end: int, approx: Approx) -> tuple[Approx, str]:
    """A figure that is the object of "crossed"/"exceeded" is a lower bound (seed: 9,000)."""
    token = doc[end - 1]
    if token.dep_ in ("nummod", "quantmod") and token.head.i > token.i:
        token = token.head  # "tops 400,000 hectares": the counted noun is the object
    head = token.head
    if is_required_amount(token):
        return approx, ""  # "cruise past the 1,237 delegates needed": the bar, not the count
    if token.dep_ == "pobj" and head.lower_ == "past" and head.head.pos_ == "VERB":
        return Approx.LOWER_BOUND, head.text  # "the toll climbed past 31,000"
    if token.dep_ in ("dobj", "attr", "npadvmod", "pobj") and head.pos_ in ("VERB", "AUX"):
        if head.lemma_.lower() in LOWER_BOUND_VERBS:
            return negated_bound(head, Approx.LOWER_BOUND), head.text
        if head.lemma_.lower() in UPPER_BOUND_VERBS:
            return negated_bound(head, Approx.UPPER_BOUND), head.text
    return approx, ""
