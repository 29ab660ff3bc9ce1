"""Dates, times and periods: "Sept. 16", "in 2021", "10:30", "two weeks after the vote", "the
past 24 hours" (gold README, "What is not a claim"). Pure.

A number that places an event in time, or a definite period that only scopes another figure,
counts nothing. It is read from a month or weekday in the same phrase, a clock word or colon, a
year-shaped number, a time unit with the word after it ("ago", "after", "two months away", "in
three weeks"), and spaCy's DATE and TIME entities when they hold a time word. A span a count
covers ("in the past 12 years"), the gap since an event and a time a clause lasts are figures,
not dates. ``duration_modifier_len`` ("14 straight years") is read by ``mentions`` for the unit.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.entity_spans import entity_bounds
from factcheck.extract.lexicon import (
    CLOCK_WORDS,
    CURRENCY_SYMBOLS,
    DURATION_MODIFIERS,
    MONTHS,
    NON_CLAIM_ENT_LABELS,
    PERCENT_WORDS,
    PERIOD_MODIFIERS,
    SPAN_OF_COUNT_MODIFIERS,
    SPAN_OF_COUNT_PREPOSITIONS,
    TIME_PLACING_NEXT,
    TIME_UNITS,
    TIME_ZONES,
    WEEKDAYS,
)
from factcheck.extract.mentions.century_spans import century_fraction_end
from factcheck.extract.mentions.quantities import is_numeral, numeral_value
from factcheck.extract.mentions.time_ranges import range_high_end
from factcheck.extract.mentions.unit_fractions import unit_fraction_end
from factcheck.extract.not_claims.for_spans import is_lasting_span
from factcheck.extract.not_claims.future_spans import is_future_placing
from factcheck.extract.not_claims.glued_months import ends_in_glued_month
from factcheck.extract.not_claims.hours_of_day import is_hour_of_the_day
from factcheck.extract.not_claims.last_gaps import is_gap_since_the_last
from factcheck.extract.not_claims.number_names import has_counted_noun
from factcheck.extract.not_claims.placing_spans import is_closing_placer
from factcheck.extract.not_claims.relative_spans import is_span_of_a_clause
from factcheck.extract.not_claims.since_gaps import is_gap_since_a_record
from factcheck.extract.not_claims.since_spans import is_span_since
from factcheck.extract.not_claims.time_ahead import is_time_ahead
from factcheck.extract.not_claims.window_spans import is_window_of_a_figure
from factcheck.extract.year_numbers import is_year_number

# "for two weeks after", "for two weeks following": the words a lasting span may stand before
_BEFORE_AFTER = frozenset({"after", "before", "following", "prior"})


def date_or_time_why(doc: Doc, start: int, end: int) -> str:
    """Return "date" or "time" when the number places an event in time, else ''."""
    tokens = doc[start:end]
    last = tokens[-1]
    if century_fraction_end(doc, start) == end or unit_fraction_end(doc, start) == end:
        # "a quarter-century ago", "a half-hour after polls closed" place an event; "spent a
        # quarter-century", "within a half hour" measure a span
        next_word = doc[end].lower_ if end < len(doc) else ""
        return "date" if next_word in TIME_PLACING_NEXT or is_time_ahead(doc, end - 1) else ""
    if _next_to_calendar_word(doc, start, end) and any(is_numeral(t) for t in tokens):
        # "Sept. 16", "Dec. 26, 2016"; not "Sunday, three of four voters" (a date is in digits)
        if (
            all(
                is_numeral(t) and numeral_value(t) <= 31 or is_year_number(t.text, first=1500)
                for t in tokens
                if is_numeral(t)
            )
            and "," not in tokens.text
        ):
            return "date"
    if end < len(doc) and (doc[end].lower_ in CLOCK_WORDS or _clock_colon(doc, end)):
        return "time"
    if end < len(doc) and doc[end].lower_ in TIME_ZONES and doc[end].text.isupper():
        return "time"  # "22.55 CET": a live page's time stamp
    if is_hour_of_the_day(doc, start, end):
        return "time"  # "just after two in the morning", "at 11 at night"
    if len(tokens) == 1 and is_year_number(last.text, first=1500, last=2100):
        prev = doc[start - 1] if start > 0 else None
        if not has_counted_noun(last) or (
            prev is not None and (prev.dep_ in ("det", "poss") or prev.tag_ == "POS")
        ):
            return "date"  # "in 2021", "a 2021 report", "its 2019 law"
        if _year_before_one_thing(doc, start):
            return "date"  # "on 2012 film", "attacking 2012 Republican nominee Mitt Romney"
    unit_at = end + duration_modifier_len(doc, end)  # "12 straight years": the unit after
    high_end = range_high_end(doc, start, end)
    if high_end > end:  # "six or seven months": the low end takes the upper figure's unit
        high_unit = high_end + duration_modifier_len(doc, high_end)
        if high_unit < len(doc) and doc[high_unit].lemma_.lower() in TIME_UNITS:
            unit_at = high_unit
    nxt = doc[unit_at] if unit_at < len(doc) else None
    if nxt is not None and nxt.lemma_.lower() in TIME_UNITS:
        if is_span_since(doc, unit_at):
            return ""  # "it's been two months since", "in the 72 hours since": a gap, a window
        if is_window_of_a_figure(doc, start, unit_at):
            return ""  # "12,500 fled in the 24 hours after the attack": the figure's window
        after = doc[unit_at + 1] if unit_at + 1 < len(doc) else None
        if (
            after is not None
            and after.lower_ in TIME_PLACING_NEXT
            and not (after.lower_ in _BEFORE_AFTER and is_lasting_span(doc, start))
            and not (after.lower_ == "ago" and is_gap_since_the_last(doc, unit_at))
            and not (after.lower_ in ("ago", "before") and is_gap_since_a_record(doc, unit_at))
        ):
            return "date"  # "two weeks after the vote"; not "for two weeks after", "last came 2 years ago"
        if is_closing_placer(doc, unit_at):
            return "date"  # "Seven decades on,", "About five years back,"
        if is_time_ahead(doc, unit_at):
            return "date"  # "the caucuses are two months away", "six months from now"
        if is_future_placing(doc, start, unit_at):
            return "date"  # "the contests begin in three weeks", "will vote in two weeks"
        if is_span_of_a_clause(doc, unit_at):
            return ""  # "in the seven years I've been covering him": how long it went on
        if _is_scoping_period(doc, start):
            return "period"
    dated = next((t for t in tokens if t.ent_type_ in NON_CLAIM_ENT_LABELS), None)
    # "versus 900 the year before": a new phrase after the number; the date is not its own
    after_phrase = nxt is not None and (
        nxt.lower_ in ("the", "this", "that", "last") or _placed_after(doc, nxt.i)
    )
    if (
        dated is not None
        and not (nxt is not None and nxt.lemma_ in TIME_UNITS)
        and not after_phrase
        and not _counts_things(last)
    ):
        # spaCy labels "Between 10 and 20" DATE; trust it only with a time word in the entity.
        ent = doc[slice(*entity_bounds(doc, dated.i))]
        if any(t.lemma_.lower() in TIME_UNITS or t.lower_ in CLOCK_WORDS for t in ent):
            return "date" if dated.ent_type_ == "DATE" else "time"
    return ""


def _placed_after(doc: Doc, at: int) -> bool:
    """ "up from 13 a year earlier", "up from 31 earlier in the day": a phrase after the number
    places it in time, as "the year before" does; the number is the count then, not a date
    (tests/wireo, wirez golds, two writers: 3 of 3 claims)."""
    if doc[at].lower_ == "earlier":
        return True
    return (
        at + 2 < len(doc)
        and doc[at].lower_ in ("a", "one")
        and doc[at + 1].lemma_.lower() in TIME_UNITS
        and doc[at + 2].lower_ in ("earlier", "before", "ago")
    )


def _counts_things(token: Token) -> bool:
    """ "In December 2012, 20 children were killed", "in the next few weeks 28 pages": a number
    counting a plural noun of its own is a count, though spaCy's DATE entity runs over it."""
    noun = token.head
    return (
        token.dep_ == "nummod"
        and noun.i > token.i
        and noun.tag_ == "NNS"
        and noun.lemma_.lower() not in TIME_UNITS
    )


def _year_before_one_thing(doc: Doc, start: int) -> bool:
    """ "an assistant director on 2012 film", "much like 2004 Democratic nominee John Kerry": a
    year-shaped number before a singular noun names its year; a count of 2012 would count
    things in the plural (not "$2000 fine", "2000 percent")."""
    token = doc[start]
    noun = token.head
    return (
        has_counted_noun(token)
        and noun.tag_ in ("NN", "NNP")
        and noun.lower_ not in PERCENT_WORDS
        and not (start > 0 and doc[start - 1].lower_ in CURRENCY_SYMBOLS)
    )


def _next_to_calendar_word(doc: Doc, start: int, end: int) -> bool:
    """A month or weekday within the same phrase: "Sept. 19-20", "Dec. 26, 2016", "on
    Monday 12"; not "countered Sunday by suggesting four other nights" (issue 11: the date
    filter stays inside its clause)."""

    def calendar(token: Token, glued: bool = True) -> bool:
        return (
            token.lower_.rstrip(".") in MONTHS
            or token.lower_ in WEEKDAYS
            # a month a scraped live blog glued to its byline ("ReplyFeaturedFebruary 6, 2016")
            # dates the day after it, never a number before it ("3 woundedJune 5, 2016": 3)
            or (glued and ends_in_glued_month(token))
        )

    def glue(token: Token) -> bool:
        return token.is_punct or is_numeral(token) or token.lower_ in ("of", "the")

    comma = False
    for token in reversed(doc[max(start - 3, 0) : start]):
        if calendar(token) and not (comma and token.lower_ in WEEKDAYS):
            return True  # "Dec. 26, 2016"; not "On Sunday, 12 people were hurt"
        if not glue(token) or (comma and is_year_number(token.text, first=1500)):
            break  # "In December 2012, 20 children were killed": the date ends at its year
        comma = comma or token.text == ","
    before = doc[max(start - 3, 0) : start]
    if (
        len(before) == 3
        and before[2].lower_ in ("to", "through", "until")
        and is_numeral(before[1])
    ):
        if calendar(before[0]):
            return True  # "conducted Nov. 6 to 10"
    for token in doc[end : min(end + 2, len(doc))]:
        if calendar(token, glued=False):
            return True
        if not glue(token):
            break
    return False


def _clock_colon(doc: Doc, i: int) -> bool:
    """ "10:30" split by the tokenizer; not "Toll hits 2,000: officials" (a colon is not a
    clock time)."""
    return (
        doc[i].text == ":"
        and not doc[i].whitespace_
        and not doc[i - 1].whitespace_
        and i + 1 < len(doc)
        and doc[i + 1].is_digit
        and len(doc[i + 1]) == 2
    )


def duration_modifier_len(doc: Doc, end: int) -> int:
    """1 when "straight", "consecutive" ... stands between a number and its time unit ("14
    straight years", "six consecutive months"), else 0."""
    return int(
        end + 1 < len(doc)
        and doc[end].lower_ in DURATION_MODIFIERS
        and doc[end + 1].lemma_.lower() in TIME_UNITS
    )


def _is_scoping_period(doc: Doc, start: int) -> bool:
    """ "in the three months to February", "over the previous two months", "the past 24
    hours": a definite period that scopes another figure, placing it in time."""
    for token in reversed(doc[max(start - 3, 0) : start]):
        if token.lower_ in ("the", "these", "those"):
            return not _span_of_a_count(doc, token.i)
        if token.lower_ not in PERIOD_MODIFIERS:
            return False
    return False


def _span_of_a_count(doc: Doc, the: int) -> bool:
    """ "petitioned four times in the past 12 years", "over the last eight years": the
    stretch of time a count or change covers is a claim (realgold5 README), not "the previous
    two months" that only dates another figure."""
    if the == 0 or the + 1 >= len(doc) or doc[the + 1].lower_ not in SPAN_OF_COUNT_MODIFIERS:
        return False
    return doc[the - 1].lower_ in SPAN_OF_COUNT_PREPOSITIONS
