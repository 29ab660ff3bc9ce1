"""Figures of another time than the event a record counts: no link to that event. Pure.

An article about one shooting often gives figures of other times beside the event's own:
a city's tally for the year ("More than 750 people have been killed so far this year", "raise
the homicide total to 104 for 2016"), earlier events ("In December 2012, 20 children and six
adults were killed in Newtown", "another gunman killed 13 people in 2009"), counts over a span
("In two-and-a-half years ... 29 children wounded"). Linked to the event's record (one day)
they are "contradicted" by it, though they never counted that event: a false alarm for the
reader. Such a figure is left unlinked.

A claim's sentence frames another time when
- it names years as times, none of them the event's, and no day of the event ("in 2009",
  "set in 1971", "In December 2012"; "sentenced in 2016 for the 2015 killing" names the
  event's year and stays; "the 2001 Honda" is no time);
- a period follows the harm words ("killed so far this year", "shot to death earlier this
  year", "homicides in the past five years") or opens the sentence ("Last month, a gunman
  killed ...");
- "for 2016" or "for the year" follows the figure (a tally's period);
and, for the last two, no day of the event is named nearer the figure than the period ("The
two deaths Thursday raise the total to 104 for 2016": "two" is Thursday's, 104 the year's).
A period after a superlative ("the deadliest shooting this year") places the event, so it is
not read: only a period bound to the harm words or opening the sentence is.
"""

from __future__ import annotations

import re
from datetime import date

from factcheck.verify.context import MONTHS
from factcheck.verify.dates import find_date_mentions

_HARM = (
    r"shot|shoot\w*|kill\w*|wound\w*|injur\w*|slay\w*|slain|died|dead|deaths?|homicides?"
    r"|murders?|victims?"
)
_SPAN = r"(?:years?|months?|decades?)"
_PERIODS = (
    r"(?:so far |earlier |already )?(?:this|last|past) (?:year|month)"
    r"|for the year|year[- ]to[- ]date"
    r"|since (?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)"
    rf"|(?:in|over) the (?:past|last) (?:[\w-]+ )?{_SPAN}"
    rf"|(?:a|one|[\w-]+) {_SPAN} ago|in [\w-]+ (?:years|months|decades)"
    r"|(?:each|every|per|a) year"
)
_PERIOD_AFTER_HARM = re.compile(rf"\b(?:{_HARM})\b(?:\W+\w+){{0,3}}\W+({_PERIODS})\b", re.I)
_PERIOD_OPENING = re.compile(rf"^\W*(?:also |and |but )?({_PERIODS})\b", re.I)
_TALLY_YEAR = re.compile(r"\bfor (?:(?:19|20)\d\d|the year)\b", re.I)
# A year as a time ("in 2009", "since 2010", "December 2012"), not a descriptor ("the 2001 Honda")
_YEAR = re.compile(
    r"\b(?:in|since|during|from|until|of|by|between|and|"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?\s+((?:19|20)\d\d)\b",
    re.I,
)
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_LATER = re.compile(r"\blater\s*$", re.I)
# "the deadliest shooting in the city this year": the period ranks the event, it is no tally's
_SUPERLATIVE = re.compile(r"\b(?:\w{3,}est|most|worst|first|only)\b(?:\W+\w+){0,5}\W*$", re.I)


def names_another_time(
    text: str, sentence: tuple[int, int], position: int, event_day: date, published: date
) -> bool:
    """True when the claim's sentence frames its figure in another time than ``event_day``.

    Args:
        text: the article text.
        sentence: offsets of the claim's sentence in ``text``.
        position: the claim's offset in ``text``.
        event_day: the day of the event the candidate record counts.
        published: the article's date, to resolve the days it names.
    """
    start, end = sentence
    words = text[start:end]
    days = [
        m.start
        for m in find_date_mentions(text, published)
        if start <= m.start < end and m.covers(event_day)
    ]
    named = {int(y) for y in _ANY_YEAR.findall(words)}
    if _YEAR.search(words) and event_day.year not in named and not days:
        return True
    for period in _periods(words):
        at = start + period
        if not any(abs(day - position) < abs(at - position) for day in days):
            return True
    return False


def _periods(words: str) -> list[int]:
    """Offsets in ``words`` of the periods that frame a figure (see the module docstring)."""
    found = [m.start(1) for m in _PERIOD_AFTER_HARM.finditer(words)]
    found += [m.start(1) for m in _PERIOD_OPENING.finditer(words)]
    found += [m.start() for m in _TALLY_YEAR.finditer(words)]
    return [
        at for at in found if not _LATER.search(words[:at]) and not _SUPERLATIVE.search(words[:at])
    ]
