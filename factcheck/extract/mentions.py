"""Number mentions in a parsed Doc: the figure, its qualifier and unit, or why it is no claim.

The span of a mention follows the gold README: the number with its qualifier ("roughly 240",
"over 1,400", "between 10 and 20") and its unit or currency ("US$100 million", "7.7 percent");
not the counted noun. Dates, ordinals, numbers inside names and compound descriptors are
returned too, with ``why`` set, so callers can report them as not-claims.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from factcheck.extract.lexicon import (
    ANONYMOUS_HEADS,
    APPROXIMATE_QUALIFIERS,
    CHANGE_VERBS,
    CLOCK_WORDS,
    CURRENCY_SYMBOLS,
    LOWER_BOUND_QUALIFIERS,
    LOWER_BOUND_VERBS,
    MONTHS,
    NAME_FOLLOWERS,
    NAME_LABELS,
    NAME_OF_HEADS,
    NAME_PRECEDERS,
    NON_CLAIM_ENT_LABELS,
    NUMBER_WORDS,
    ONE_IDIOM_NEXT,
    ONE_IDIOM_PREV,
    PERCENT_WORDS,
    PERIOD_MODIFIERS,
    RANGE_JOINERS,
    RANGE_OPENERS,
    REPORTING_VERBS,
    SCALE_WORDS,
    TIME_PLACING_NEXT,
    TIME_UNITS,
    UPPER_BOUND_QUALIFIERS,
    UPPER_BOUND_VERBS,
    WEEKDAYS,
)
from factcheck.extract.quantities import NUMERAL_RE, find_unit_word
from factcheck.model import Approx

_ORDINAL_RE = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
_YEAR_RE = re.compile(r"^(?:1[5-9]|20)\d\d$")
_QUALIFIERS = (
    [(q, Approx.APPROXIMATE) for q in APPROXIMATE_QUALIFIERS]
    + [(q, Approx.LOWER_BOUND) for q in LOWER_BOUND_QUALIFIERS]
    + [(q, Approx.UPPER_BOUND) for q in UPPER_BOUND_QUALIFIERS]
)
# Longest first, so "just over" wins over "over".
_QUALIFIERS.sort(key=lambda item: len(item[0]), reverse=True)
# Words that may sit between two number words of one figure ("one hundred and twenty").
_NUMBER_GLUE = frozenset({"and", "-"})
# "multiplier" units the gold README counts as claims ("almost three times").
_MULTIPLIER_WORDS = frozenset({"times", "fold"})


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
        numbers = [t for t in doc[start:end] if _is_number_word(t) or _numeral(t)]
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


def classify_non_claim(doc: Doc, start: int, end: int) -> str:
    """Return why the number at tokens ``start:end`` is not a claim, or '' if it may be one.

    Notes:
        Gold README: dates, times, ordinals, ages used as descriptors, compound descriptors
        ("five-story", "two-state") and numbers inside names ("US 247 News", "Group of 20")
        are not claims; nor are idioms ("one of the largest").
    """
    tokens = doc[start:end]
    first, last = tokens[0], tokens[-1]
    if any(t.ent_type_ == "ORDINAL" or _ORDINAL_RE.match(t.text) for t in tokens):
        return "ordinal"
    if _is_compound_descriptor(doc, start, end):
        return "compound descriptor"
    if _is_age(doc, start, end):
        return "age"
    if _is_in_name(doc, start, end):
        return "part of a name"
    date_why = _date_or_time(doc, start, end)
    if date_why:
        return date_why
    if first.lower_ == "one" and end - start == 1 and _is_one_idiom(first):
        return "idiom"
    if _counts_the_sources(last):
        return "number of sources"
    if last.i + 1 < len(doc) and doc[last.i + 1].lower_ == "of" and _is_superlative_of(doc, last.i):
        return "idiom"
    return ""


def _starts_number(token: Token) -> bool:
    if _numeral(token):
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


def _numeral(token: Token) -> bool:
    return bool(NUMERAL_RE.match(token.text))


def _numeral_value(token: Token) -> float:
    """The digits of a numeral token, currency and suffix ignored: "HK$400" -> 400."""
    match = NUMERAL_RE.match(token.text)
    return float(match.group("num").replace(",", "")) if match else float("nan")


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
            lower in _NUMBER_GLUE
            and j + 1 < len(doc)
            and _is_spelled(doc[j - 1])
            and _is_spelled(doc[j + 1])
            and (lower == "-" or doc[j - 1].lower_ in SCALE_WORDS)
        ):
            j += 2  # "twenty-five", "one hundred and twenty"
        elif _is_spelled(token) and _is_spelled(doc[j - 1]) and _compounds(doc[j - 1], token):
            j += 1  # "twenty five"
        else:
            break
    return j


def _is_spelled(token: Token) -> bool:
    lower = token.lower_
    return (
        lower in NUMBER_WORDS
        and lower not in ("a", "an", "half", "quarter", "dozen")
        or (lower in SCALE_WORDS and len(lower) > 1)
    )


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
        if nxt.lower_ in PERCENT_WORDS or nxt.lower_ in _MULTIPLIER_WORDS:
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


def _is_compound_descriptor(doc: Doc, start: int, end: int) -> bool:
    """ "five-story", "34-year-old", "two-state", "24-hour": number-hyphen-word, no spaces."""
    last = doc[end - 1]
    if end + 1 < len(doc) and not last.whitespace_:
        hyphen, word = doc[end], doc[end + 1]
        if hyphen.text in ("-", "–") and not hyphen.whitespace_ and word.is_alpha:
            return not _is_spelled(word) and word.lower_ not in SCALE_WORDS
    first = doc[start]
    if start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        # "mid-2023", "Su - 35" split by the tokenizer
        return doc[start - 2].is_alpha and not doc[start - 1].whitespace_ and first.is_digit
    return False


def _is_age(doc: Doc, start: int, end: int) -> bool:
    """ "Smith, 45, said", "aged 45": an age used as a descriptor (gold README)."""
    if end - start != 1 or not doc[start].is_digit or len(doc[start]) > 3:
        return False
    if not 0 < int(doc[start].text) < 120:
        return False
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.lower_ in ("aged", "age"):
        return True
    if start < 2 or end >= len(doc):
        return False
    named = doc[start - 2]
    return (
        prev is not None
        and prev.text == ","
        and doc[end].text == ","
        and (named.ent_type_ == "PERSON" or (named.pos_ == "PROPN" and named.is_title))
    )


def _is_in_name(doc: Doc, start: int, end: int) -> bool:
    """Numbers inside names: "US 247 News", "Group of 20", "Article 51", "Windows 11"."""
    tokens = doc[start:end]
    if any(t.ent_type_ in NAME_LABELS for t in tokens):
        return True
    prev = doc[start - 1] if start > 0 else None
    nxt = doc[end] if end < len(doc) else None
    if _is_amount(doc, start, end):
        # "fined Harbour Crest Bank HK$400 million": money, percentages and scaled figures
        # are amounts even right after a name.
        return False
    if prev is not None and prev.lower_.rstrip(".") in NAME_PRECEDERS:
        return True
    if prev is not None and prev.text == "." and start >= 2:
        if doc[start - 2].lower_ in NAME_PRECEDERS:  # "No. 12858" split as "No" "."
            return True
    if nxt is not None and nxt.lower_ in NAME_FOLLOWERS:
        return True  # "the 218 TV channel", "the 112 emergency line"
    if prev is None or prev.is_sent_start and prev.is_title and prev.pos_ != "PROPN":
        return False
    prev_is_name = prev.pos_ == "PROPN" and prev.lower_ not in MONTHS and prev.is_alpha
    # "US 247 News": the tagger calls "News" a noun; title case after a name still marks one,
    # unless it is a group being counted ("Israel says 300 Palestinians").
    next_is_name = (
        nxt is not None
        and nxt.is_title
        and nxt.is_alpha
        and nxt.ent_type_ != "NORP"
        and not nxt.is_sent_start
    )
    if prev_is_name and next_is_name:
        return True
    if prev.lower_ == "of" and start >= 2:
        owner = doc[start - 2]
        if owner.lower_ in NAME_OF_HEADS and owner.is_title:
            return True  # "Group of 20 leaders", "Group of Seven"
        if owner.pos_ == "PROPN" and owner.ent_type_ in NAME_LABELS | {""} and owner.is_title:
            return owner.lower_ not in MONTHS and not _has_counted_noun(doc[end - 1])
    if prev_is_name and not _has_counted_noun(doc[end - 1]) and prev.ent_type_ != "GPE":
        return not (nxt is not None and nxt.lower_ in PERCENT_WORDS)
    return False


def _is_amount(doc: Doc, start: int, end: int) -> bool:
    """A figure with a currency, a scale word or a percent sign: never a label."""
    tokens = doc[start:end]
    prev = doc[start - 1] if start > 0 else None
    nxt = doc[end] if end < len(doc) else None
    match = NUMERAL_RE.match(tokens[0].text)
    return bool(
        (match and (match.group("cur") or match.group("suffix")))
        or any(t.lower_ in SCALE_WORDS and len(t.lower_) > 1 for t in tokens[1:])
        or (prev is not None and prev.lower_ in CURRENCY_SYMBOLS and not prev.whitespace_)
        or (nxt is not None and nxt.lower_ in PERCENT_WORDS)
    )


def _has_counted_noun(token: Token) -> bool:
    return token.dep_ in ("nummod", "quantmod", "compound") and token.head.i > token.i


def _date_or_time(doc: Doc, start: int, end: int) -> str:
    """Return "date" or "time" when the number places an event in time, else ''."""
    tokens = doc[start:end]
    last = tokens[-1]
    window = doc[max(start - 3, 0) : min(end + 2, len(doc))]  # "Sept. 19-20"
    if any(t.lower_.rstrip(".") in MONTHS or t.lower_ in WEEKDAYS for t in window):
        if (
            all(
                _numeral(t) and _numeral_value(t) <= 31 or _YEAR_RE.match(t.text)
                for t in tokens
                if _numeral(t)
            )
            and "," not in tokens.text
        ):
            return "date"
    if end < len(doc) and (doc[end].lower_ in CLOCK_WORDS or doc[end].text == ":"):
        return "time"
    if len(tokens) == 1 and _YEAR_RE.match(last.text):
        prev = doc[start - 1] if start > 0 else None
        if not _has_counted_noun(last) or (prev is not None and prev.dep_ in ("det", "poss")):
            return "date"  # "in 2021", "a 2021 report", "its 2019 law"
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.lemma_.lower() in TIME_UNITS:
        after = doc[end + 1] if end + 1 < len(doc) else None
        if after is not None and after.lower_ in TIME_PLACING_NEXT:
            return "date"
        if _is_scoping_period(doc, start):
            return "period"
    dated = next((t for t in tokens if t.ent_type_ in NON_CLAIM_ENT_LABELS), None)
    if dated is not None and not (nxt is not None and nxt.lemma_ in TIME_UNITS):
        # spaCy labels "Between 10 and 20" DATE; trust it only with a time word in the entity.
        ent = doc[slice(*entity_bounds(doc, dated.i))]
        if any(t.lemma_.lower() in TIME_UNITS or t.lower_ in CLOCK_WORDS for t in ent):
            return "date" if dated.ent_type_ == "DATE" else "time"
    return ""


def entity_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The token range of the named entity that token ``i`` is in (walks the IOB tags, not
    ``doc.ents``, which would visit every entity of the document)."""
    start, end = i, i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def _counts_the_sources(token: Token) -> bool:
    """ "two people familiar with the matter said", "according to three officials": how many
    unnamed people a report rests on is not a claim of the article."""
    noun = token.head
    if token.dep_ not in ("nummod", "quantmod") or noun.lemma_.lower() not in ANONYMOUS_HEADS:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according":
        return True
    verb = noun.head
    return noun.dep_ == "nsubj" and verb.lemma_.lower() in REPORTING_VERBS and verb.pos_ == "VERB"


def _is_scoping_period(doc: Doc, start: int) -> bool:
    """ "in the three months to February", "over the previous two months", "the past 24
    hours": a definite period that scopes another figure, placing it in time."""
    for token in reversed(doc[max(start - 3, 0) : start]):
        if token.lower_ in ("the", "these", "those"):
            return True
        if token.lower_ not in PERIOD_MODIFIERS:
            return False
    return False


def _is_one_idiom(token: Token) -> bool:
    """ "one of the largest", "no one", "one another": "one" that counts nothing."""
    doc = token.doc
    prev = doc[token.i - 1] if token.i > 0 else None
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in ONE_IDIOM_NEXT:
        return True
    if prev is not None and prev.lower_ in ONE_IDIOM_PREV:
        return True
    return token.dep_ not in ("nummod", "quantmod")


def _is_superlative_of(doc: Doc, i: int) -> bool:
    """ "one of the largest": a small spelled number followed by "of the" + superlative."""
    token = doc[i]
    if token.lower_ not in NUMBER_WORDS or i + 2 >= len(doc):
        return False
    return doc[i + 2].tag_ in ("JJS", "RBS") or (
        i + 3 < len(doc) and doc[i + 3].tag_ in ("JJS", "RBS")
    )
