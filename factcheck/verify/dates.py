"""Days an article names ("on Saturday", "July 4", "last week"), resolved against its date. Pure.

News text rarely gives a full date for the event it reports: "Saturday night", "Tuesday's
shooting", "early Sunday", "on July 4", "last week". Each is resolved against the article's
publication date to the day (or the days) it can mean, looking back: an article reports what
happened, so a weekday is the latest such day on or before the publication date.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from factcheck.verify.context import MONTHS

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Relative words: (pattern, days before the publication date, first and last).
RELATIVE_DAYS: tuple[tuple[str, int, int], ...] = (
    (r"yesterday", 1, 1),
    (r"today|this morning|this afternoon|this evening|tonight|earlier today", 0, 0),
    (r"last night|overnight", 1, 0),
    (r"(?:earlier|late|early) this week", 6, 0),
    (r"last week(?:end)?", 13, 1),
)
# Holidays by month and day: "a Christmas shooting", "on the Fourth of July".
HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "fourth of july": (7, 4),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
}
# Holidays by month, weekday (0 = Monday) and which of them in the month (-1: the last).
FLOATING_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 3, 4),
    "memorial day": (5, 0, -1),
    "labor day": (9, 0, 1),
    "mother's day": (5, 6, 2),
    "father's day": (6, 6, 3),
    "martin luther king day": (1, 0, 3),
}
# A weekday in a future frame names a hearing or a funeral, not the event.
FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|to be|is to|are to|scheduled|set|expected|next|due|until|planned|slated"
    r"|begins?|starting|through|by)\b[\w ,'-]{0,40}$",
    re.I,
)
# A day right after these words is when something was said or done about the event ("said
# Monday", "was arrested Thursday", "a hearing Friday"), not the event's day.
NEWS_WORDS = (
    "said says told announced ordered charged arrested identified released arraigned "
    "sentenced convicted indicted booked confirmed remembered hearing court testified "
    "testifying statement learned received published posted updated"
).split()
# Words of the event itself: a day next to them dates it ("shot Saturday", "Tuesday's shooting").
EVENT_WORDS = (
    r"shot|shoot\w*|gunfire|gunm[ae]n|kill\w*|wound\w*|injur\w*|fired|slay\w*|slain|died"
    r"|dead|deaths?|homicide|murder\w*|attack\w*|rampage|stabb\w*"
)
# "were found dead in the house Sunday": the day of the discovery, the death may be earlier.
_FOUND_BEFORE = re.compile(r"\b(?:found|discovered)\b[^.;!?]{0,90}$", re.I)
_NEWS_BEFORE = re.compile(rf"\b(?:{'|'.join(NEWS_WORDS)})\b(?:\W+\w+){{0,3}}\W*$", re.I)
_EVENT = re.compile(rf"\b(?:{EVENT_WORDS})\b", re.I)
EVENT_REACH = 60
# "the March 6 shooting", "Saturday's killing": the day names the event whatever comes before.
_EVENT_AFTER = re.compile(
    r"^(?:'s)?\s+(?:[\w-]+\s+)?(?:shootings?|killings?|slayings?|attack|murders?)\b", re.I
)
_DATE_AFTER = re.compile(r"^,?\s+(?:" + "|".join(MONTHS) + r")\b", re.I)
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

_WEEKDAY = re.compile(rf"\b(?:(last|this past) )?({'|'.join(WEEKDAYS)})\b", re.I)
_MONTH_DAY = re.compile(
    r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?"
    r"\b(?:,?\s+(\d{4})\b)?",
    re.I,
)
_RELATIVE = re.compile(r"\b(?:" + "|".join(f"({p})" for p, _, _ in RELATIVE_DAYS) + r")\b", re.I)
_AGO = re.compile(r"\b(\d{1,2}|a|one|two|three|four|five|six) (days?|weeks?) ago\b", re.I)
_HOLIDAY = re.compile(
    r"\b("
    + "|".join(re.escape(h) for h in sorted([*HOLIDAYS, *FLOATING_HOLIDAYS], key=len, reverse=True))
    + r")\b",
    re.I,
)


@dataclass(frozen=True)
class DateMention:
    """A day (or run of days) the text names, and where."""

    start: int
    end: int
    first: date
    last: date
    news: bool = False
    event: bool = False

    def covers(self, day: date, *, slack: int = 1) -> bool:
        """True when ``day`` is one of the days named, give or take ``slack`` (late nights)."""
        return self.first - timedelta(days=slack) <= day <= self.last + timedelta(days=slack)


@functools.lru_cache(maxsize=512)
def find_date_mentions(text: str, published: date) -> tuple[DateMention, ...]:
    """Return the days the text names, resolved against its publication date, in text order.

    Weekdays and month-days without a year look back from ``published``; a weekday in a future
    frame ("will be arraigned Monday", "through Friday") is left out.

    Notes:
        "Saturday" in an article published on a Saturday is that day; "last Saturday" is the
        one before.
    """
    found: list[DateMention] = []
    for match in _WEEKDAY.finditer(text):
        if FUTURE_BEFORE.search(text[max(0, match.start() - 50) : match.start()]):
            continue
        if _DATE_AFTER.match(text[match.end() : match.end() + 12]):
            continue  # "Saturday, July 4, 2015": the month-day says it
        back = (published.weekday() - WEEKDAYS.index(match.group(2).lower())) % 7
        if match.group(1) and back == 0:
            back = 7
        day = published - timedelta(days=back)
        found.append(DateMention(match.start(), match.end(), day, day))
    for match in _MONTH_DAY.finditer(text):
        if not match.group(1)[0].isupper():
            continue  # "may 2 ..." is a verb
        month_day = _month_day(
            MONTHS[match.group(1).lower()], int(match.group(2)), match.group(3), published
        )
        if month_day is not None:
            # a full date that is the publication's own is the page's timestamp
            stamp = bool(match.group(3)) and month_day == published
            found.append(DateMention(match.start(), match.end(), month_day, month_day, news=stamp))
    for match in _RELATIVE.finditer(text):
        index = next(i for i, g in enumerate(match.groups()) if g)
        _, first, last = RELATIVE_DAYS[index]
        found.append(_days_before(match, published, first, last))
    for match in _AGO.finditer(text):
        count = _NUMBER_WORDS.get(match.group(1).lower()) or int(match.group(1))
        days = count * (7 if match.group(2).lower().startswith("week") else 1)
        slack = 1 if days < 7 else 3
        found.append(_days_before(match, published, days + slack, max(0, days - slack)))
    for match in _HOLIDAY.finditer(text):
        holiday = _holiday(match.group(1).lower().replace("\u2019", "'"), published)
        if holiday is not None:
            found.append(DateMention(match.start(), match.end(), holiday, holiday))
    return tuple(sorted((_frame(m, text) for m in found), key=lambda m: m.start))


def _frame(mention: DateMention, text: str) -> DateMention:
    """Mark a mention as the day of news about the event, or as next to the event's words."""
    before = text[max(0, mention.start - 50) : mention.start]
    if _EVENT_AFTER.match(text[mention.end : mention.end + 30]):
        return dataclasses.replace(mention, news=False, event=True)
    around = text[max(0, mention.start - EVENT_REACH) : mention.end + EVENT_REACH // 2]
    return dataclasses.replace(
        mention,
        news=mention.news
        or bool(_NEWS_BEFORE.search(before))
        or bool(_FOUND_BEFORE.search(text[max(0, mention.start - 100) : mention.start])),
        event=bool(_EVENT.search(around)),
    )


def _days_before(match: re.Match[str], published: date, first: int, last: int) -> DateMention:
    return DateMention(
        match.start(),
        match.end(),
        published - timedelta(days=first),
        published - timedelta(days=last),
    )


def _holiday(name: str, published: date) -> date | None:
    """The latest date of a holiday not after publication (a day of slack, as for month-days)."""
    for year in (published.year, published.year - 1):
        if name in HOLIDAYS:
            day = date(year, *HOLIDAYS[name])
        else:
            month, weekday, nth = FLOATING_HOLIDAYS[name]
            day = _nth_weekday(year, month, weekday, nth)
        if day <= published + timedelta(days=1):
            return day
    return None


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _month_day(month: int, day: int, year: str | None, published: date) -> date | None:
    """The date of a month-day: in the year given, else the latest one not after publication."""
    try:
        if year:
            return date(int(year), month, day)
        this_year = date(published.year, month, day)
    except ValueError:
        return None
    if this_year <= published + timedelta(days=1):
        return this_year
    try:
        return date(published.year - 1, month, day)
    except ValueError:
        return None
