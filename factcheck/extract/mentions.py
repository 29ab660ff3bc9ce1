"""Number mentions in a parsed Doc: the figure, its qualifier and unit, or why it is no claim.

The span of a mention follows the gold README: the number with its qualifier ("roughly 240",
"over 1,400", "between 10 and 20") and its unit or currency ("US$100 million", "7.7 percent");
not the counted noun. Dates, ordinals, numbers inside names and compound descriptors are
returned too, with ``why`` set, so callers can report them as not-claims.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from factcheck.extract.lexicon import (
    APPROXIMATE_QUALIFIERS,
    CHANGE_VERBS,
    CURRENCY_SYMBOLS,
    LOWER_BOUND_QUALIFIERS,
    LOWER_BOUND_VERBS,
    MULTIPLIER_WORDS,
    NUMBER_GLUE,
    NUMBER_WORDS,
    PERCENT_WORDS,
    RANGE_JOINERS,
    RANGE_OPENERS,
    SCALE_WORDS,
    UPPER_BOUND_QUALIFIERS,
    UPPER_BOUND_VERBS,
)
from factcheck.extract.not_claims import classify_non_claim
from factcheck.extract.quantities import (
    find_unit_word,
    is_numeral,
    is_spelled_number,
)
from factcheck.model import Approx

_QUALIFIERS = (
    [(q, Approx.APPROXIMATE) for q in APPROXIMATE_QUALIFIERS]
    + [(q, Approx.LOWER_BOUND) for q in LOWER_BOUND_QUALIFIERS]
    + [(q, Approx.UPPER_BOUND) for q in UPPER_BOUND_QUALIFIERS]
)
# Longest first, so "just over" wins over "over".
_QUALIFIERS.sort(key=lambda item: len(item[0]), reverse=True)


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
        start, end = self.figure
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
    while i < len(doc):
        token = doc[i]
        if not _starts_number(token):
            i += 1
            continue
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
    if why:
        return Mention(start=fig_start, end=fig_end, figure=(fig_start, fig_end), why=why)
    qualifier_start, approx = _find_qualifier(doc, fig_start)
    high = _find_range_high(doc, fig_end, opener=doc[qualifier_start].lower_)
    if high is not None:
        if approx is Approx.EXACT or doc[qualifier_start].lower_ in RANGE_OPENERS:
            approx = Approx.RANGE
        else:
            high = None
    elif doc[qualifier_start].lower_ in RANGE_OPENERS:
        qualifier_start, approx = fig_start, Approx.EXACT
    start = qualifier_start
    end = high[1] if high else fig_end
    qualifier = doc[start:fig_start].text
    if approx is Approx.EXACT:
        approx, qualifier = _bound_from_verb(doc, i, core_end, approx)
    return Mention(
        start=start,
        end=end,
        figure=(fig_start, fig_end),
        high=high,
        approx=approx,
        qualifier=qualifier,
    )


def _starts_number(token: Token) -> bool:
    if is_numeral(token):
        return True
    lower = token.lower_
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if lower in ("a", "an"):
        # "a million"; "the first death in a decade" (gold README: spans of time that assert
        # something checkable are claims)
        return nxt is not None and (
            (nxt.lower_ in SCALE_WORDS and len(nxt.lower_) > 1) or nxt.lower_ == "decade"
        )
    if lower in ("half", "quarter"):
        # "half a million" is a figure; "half the city" is not.
        return (
            nxt is not None
            and nxt.lower_ in ("a", "an")
            and token.i + 2 < len(token.doc)
            and token.nbor(2).lower_ in SCALE_WORDS
        )
    if lower == "dozen":
        return False
    return lower in NUMBER_WORDS


def _is_number_word(token: Token) -> bool:
    lower = token.lower_
    return (lower in NUMBER_WORDS and lower not in ("a", "an")) or (
        lower in SCALE_WORDS and len(lower) > 1
    )


def _number_run_end(doc: Doc, i: int) -> int:
    """Return the end of the run of number words starting at ``i`` ("2.3 million")."""
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
        if nxt.lower_ in PERCENT_WORDS or nxt.lower_ in MULTIPLIER_WORDS:
            return start, end + 1
        glued_to_next = not nxt.whitespace_ and end + 1 < len(doc) and doc[end + 1].like_num
        if glued_to_next and nxt.lower_ in CURRENCY_SYMBOLS:
            return start, end  # "5 US$6": the symbol belongs to the next figure
        if nxt.pos_ in ("NOUN", "PROPN", "SYM", "ADJ") and find_unit_word(nxt.text):
            return start, end + 1
    return start, end


def _find_qualifier(doc: Doc, start: int) -> tuple[int, Approx]:
    """Return where the qualifier before token ``start`` begins and what it means."""
    for words, approx in _QUALIFIERS:
        n = len(words)
        if start - n < 0:
            continue
        if tuple(t.lower_ for t in doc[start - n : start]) == words:
            return start - n, approx
    if start > 0 and doc[start - 1].lower_ in RANGE_OPENERS:
        return start - 1, Approx.RANGE
    return start, Approx.EXACT


def _find_range_high(doc: Doc, end: int, *, opener: str) -> tuple[int, int] | None:
    """Return the token slice of the range's upper figure after token ``end``, if any.

    "between 10 and 20", "10 to 20", "3-5", "two or three". A range needs a joiner the opener
    allows: "and" only after "between"; "to" not after "from" ("rose from 5 to 7" is a change).
    """
    if end + 1 >= len(doc):
        return None
    joiner = doc[end].lower_
    if joiner not in RANGE_JOINERS:
        return None
    if joiner == "and" and opener != "between":
        return None
    if joiner == "to" and (opener == "from" or _changes(doc[end - 1])):
        return None  # "rose from 5 to 7", "fell 12% to HK$18.40": changes, not ranges
    if joiner in ("-", "–", "—") and (doc[end - 1].whitespace_ or doc[end].whitespace_):
        return None
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
    if token.dep_ == "pobj" and head.lower_ == "past" and head.head.pos_ == "VERB":
        return Approx.LOWER_BOUND, head.text  # "the toll climbed past 31,000"
    if token.dep_ in ("dobj", "attr", "npadvmod", "pobj") and head.pos_ in ("VERB", "AUX"):
        if head.lemma_.lower() in LOWER_BOUND_VERBS:
            return Approx.LOWER_BOUND, head.text
        if head.lemma_.lower() in UPPER_BOUND_VERBS:
            return Approx.UPPER_BOUND, head.text
    return approx, ""
