"""Which reference figure a claim is about: the candidate query and the scoring. Pure.

DuckDB finds the candidates (``CANDIDATES_SQL``: same measure, a period that fits the
article's date, a place name that occurs in the article). Python scores only those few: how
close to the claim the place is named (its sentence, the headline or dateline, elsewhere),
whether the region is named too, and how far the dates are apart. When no candidate is good
enough, or two different ones are equally good, the claim is linked to none: a wrong link is
worse than no link.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from factcheck.verify.dates import DateMention, find_date_mentions
from factcheck.verify.other_times import names_another_time
from factcheck.verify.places import US_STATES, find_place_mentions
from factcheck.verify.status import Reference
from factcheck.verify.streets import STREET_MATCH, score_street, states_scene_on

# Reference periods ending this many days before an article still fit it (follow-ups);
# periods starting up to SLACK_DAYS after it too (publication dates are sometimes early).
MAX_AGE_DAYS = 30
SLACK_DAYS = 1
# An event this long before the article is still a candidate, but links only when the text
# names its day ("the July 4 shooting"): follow-ups on arrests and trials.
FOLLOW_UP_DAYS = 400
# Days named in the headline and lead, or in the claim's sentence, date the event.
DATE_LEAD_CHARS = 700
DATE_MATCH = 1.0
# A day named next to the event's words that is not the record's refuses it (None); other days
# named cost this much when none is the record's.
DATE_MISMATCH = -2.0
HEAD_CHARS = 400
MIN_SCORE = 2.0
EVENT_DAY_PENALTY = 0.3
AMBIGUITY_MARGIN = 0.5
CROWD_DAYS = 2
# A headline or lead about several events ("police investigate several shootings", "two killed
# in separate shootings"): place and day do not tie a figure to one of them, the street does.
_SEVERAL_EVENTS = re.compile(
    r"\b(?:several|separate|multiple|unrelated|weekend|overnight|\d+|two|three|four|five"
    r"|string of|series of|spate of|rash of|wave of)\s+(?:[\w-]+\s+)?(?:shootings|incidents)\b",
    re.I,
)

# {max_age} and {slack} are module constants, not user input.
# The article's words and word pairs and triples (hyphens also read as spaces: "Wilkes-Barre") (check_grams, built by GRAMS_SQL) meet the
# places' names in a hash join, instead of a substring test of every name against every text.
GRAMS_SQL = """
CREATE OR REPLACE TEMP TABLE check_grams AS
WITH words AS (
    SELECT doc_id, list_transform(
        string_split_regex(t, '[^a-z0-9.''-]+'), w -> rtrim(w, '.''-')) AS w
    FROM (SELECT doc_id, lower_text AS t FROM check_docs
        UNION ALL SELECT doc_id, replace(lower_text, '-', ' ') FROM check_docs)
)
SELECT DISTINCT doc_id, unnest(list_concat(
    w,
    list_transform(range(1, len(w)), i -> w[i] || ' ' || w[i + 1]),
    list_transform(range(1, len(w) - 1), i -> w[i] || ' ' || w[i + 1] || ' ' || w[i + 2])
)) AS gram
FROM words
"""
# A recent record whose place the article does not name is a candidate when the article
# states the scene on its street ("the 900 block of Elm Road"): the article may name the
# county or the neighbourhood, not the city. Python then checks the street (streets.py).
_CANDIDATE_COLUMNS = """q.claim_id, r.ref_id, r.revision, r.measure, r."value", r.low, r.high, r.unit,
    r.place, r.period_start, r.period_end, r.as_of, r.publisher, r.url, r.originator,
    r.place_keys, r.region_keys, r.note"""
_SCENE_SQL = (
    r"(?:\d+ block of|(?:at|on) \d{2,5}) (?:(?:north|south|east|west|[nsew])\.? )?([a-z0-9'']{3,})"
)
# A claim of everyone shot (measure "shot") is checked against an incident's killed record plus
# its injured partner: the same url, place and period (verify/totals.py).
PARTNERS_SQL = """
SELECT k.ref_id, k.revision, p."value" AS partner_value, p.low AS partner_low,
    p.high AS partner_high
FROM reference_current k
JOIN reference_current p
    ON p.measure = 'injured' AND p.url = k.url AND p.place = k.place
    AND p.period_start IS NOT DISTINCT FROM k.period_start
    AND p.period_end IS NOT DISTINCT FROM k.period_end AND p.as_of IS NOT DISTINCT FROM k.as_of
WHERE k.measure = 'killed' AND k.url <> '' AND list_contains(?, k.ref_id)
"""
CANDIDATES_SQL = f"""
WITH named AS (
    SELECT DISTINCT g.doc_id, r.ref_id, r.revision
    FROM check_grams g
    JOIN (SELECT ref_id, revision, unnest(place_keys) AS k FROM reference_current) r
        ON r.k = rtrim(g.gram, '.')
), scenes AS (
    SELECT DISTINCT doc_id, unnest(regexp_extract_all(lower_text, '{_SCENE_SQL}', 1)) AS street
    FROM check_docs
), on_street AS (
    SELECT DISTINCT s.doc_id, r.ref_id, r.revision
    FROM scenes s
    JOIN reference_current r ON contains(lower(r.note) || ' ', ' ' || s.street || ' ')
)
SELECT {_CANDIDATE_COLUMNS}
FROM check_queue q
JOIN reference_current r
    ON r.measure = q.ref_measure
    AND (r.period_start IS NULL OR r.period_start <= q.claim_date + {SLACK_DAYS})
    AND (r.period_end IS NULL OR r.period_end >= q.claim_date - {FOLLOW_UP_DAYS})
SEMI JOIN named n ON n.doc_id = q.doc_id AND n.ref_id = r.ref_id AND n.revision = r.revision
UNION
SELECT {_CANDIDATE_COLUMNS}
FROM check_queue q
JOIN reference_current r
    ON r.measure = q.ref_measure
    AND r.period_start <= q.claim_date + {SLACK_DAYS}
    AND r.period_end >= q.claim_date - {MAX_AGE_DAYS}
SEMI JOIN on_street n ON n.doc_id = q.doc_id AND n.ref_id = r.ref_id AND n.revision = r.revision
ORDER BY claim_id, ref_id, as_of NULLS FIRST
"""


@dataclass(frozen=True)
class Candidate:
    """A reference revision the query found for a claim, with its place names."""

    reference: Reference
    place_keys: tuple[str, ...]
    region_keys: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class Link:
    """The reference a claim is linked to: in force at its date, and any later revision."""

    in_force: Reference
    later: Reference | None
    score: float
    place: str


def select_in_force(
    revisions: Sequence[Candidate], on: date
) -> tuple[Candidate | None, Candidate | None]:
    """Split one figure's revisions into the one in force ``on`` a date and the latest after it."""
    ordered = sorted(revisions, key=lambda c: (c.reference.as_of or date.min, c.reference.revision))
    before = [c for c in ordered if c.reference.as_of is None or c.reference.as_of <= on]
    after = [c for c in ordered if c.reference.as_of is not None and c.reference.as_of > on]
    return (before[-1] if before else None), (after[-1] if after else None)


def score_candidate(
    candidate: Candidate, *, text: str, sentence: tuple[int, int], position: int, on: date
) -> float | None:
    """Score how well the article's words and date point at a reference figure; None if not.

    Args:
        text: the article text (title first).
        sentence: offsets of the claim's sentence.
        position: the claim's offset.
        on: the article's date.
    """
    reference = candidate.reference
    event = _is_event(reference)
    dated = _date_evidence(reference, text=text, sentence=sentence, on=on) if event else 0.0
    if dated is None:
        return None
    day = reference.period_start
    if event and day is not None and names_another_time(text, sentence, position, day, on):
        return None  # a tally of the year or another event's figure, not this event's
    # A tally is as fresh as the day it was given; an event record as the event.
    ends = [d for d in (reference.as_of, reference.period_end) if d is not None]
    covered = reference.period_end is not None and on <= reference.period_end
    score = dated
    if ends and not covered and on > max(ends) and dated <= 0:
        days = (on - max(ends)).days
        if days > MAX_AGE_DAYS:
            return None
        # an event (one day, no as_of) is reported within days; a tally goes stale slowly
        score -= EVENT_DAY_PENALTY * max(0, days - 1) if event else 0.15 * days
    if reference.period_start is not None and on < reference.period_start:
        score -= 0.5 * (reference.period_start - on).days
    mentions = [p for key in candidate.place_keys for p in find_place_mentions(text, key)]
    if not mentions and not states_scene_on(candidate.note, text):
        return None
    start, end = sentence
    near = [p for p in mentions if start <= p < end]
    if not mentions:
        pass  # its street, not its place, is named: the rest must point at it
    elif near:
        distance = min(abs(p - position) for p in near)
        score += 3.0 + max(0.0, 1 - distance / 200)
    elif any(p < HEAD_CHARS for p in mentions):
        score += 2.0
    else:
        score += 1.0
    if candidate.region_keys:
        named = any(find_place_mentions(text, key) for key in candidate.region_keys)
        if named:
            score += 1.0
        elif _names_other_state(text[:HEAD_CHARS], candidate.region_keys):
            score -= 2.0
    street = score_street(candidate.note, text)
    if street is None:
        return None
    return score + street


def _date_evidence(
    reference: Reference, *, text: str, sentence: tuple[int, int], on: date
) -> float | None:
    """Score the days the lead or the claim's sentence names against the event's day.

    Days named next to the event's words ("killed Saturday", "the July 4 shooting") decide:
    None (refused) when none is the event's day, give or take one (late nights); DATE_MATCH
    when they all hold it and one names it (a run like "last week" holds it but does not
    single it out); half that when other days are named for it too. Without such days, other
    days named give half DATE_MATCH or DATE_MISMATCH. Days of news about the event ("arrested
    Thursday") and a page's own timestamp do not count.
    """
    day = reference.period_start
    if day is None:
        return 0.0
    start, end = sentence
    named = [
        m
        for m in find_date_mentions(text, on)
        if not m.news and (m.start < DATE_LEAD_CHARS or start <= m.start < end)
    ]
    anchored = [m for m in named if m.event]
    if anchored:
        holding = [m for m in anchored if m.covers(day)]
        if not holding:
            return None  # every day named next to the event's words is another day
        single = any(_singles_out(m, day) for m in holding)
        if len(holding) < len(anchored):
            # the article names other days for it too ("turned two on Sunday, died Tuesday")
            return DATE_MATCH / 2 if single else 0.0
        return DATE_MATCH if single else 0.0
    if not named:
        return 0.0
    if any(_singles_out(m, day) for m in named):
        return DATE_MATCH / 2
    return 0.0 if any(m.covers(day) for m in named) else DATE_MISMATCH


def _singles_out(mention: DateMention, day: date) -> bool:
    """True when the mention names the day itself (a bonus needs the day; a late night's
    day after only keeps it from counting against)."""
    return mention.covers(day, slack=0) and (mention.last - mention.first).days <= 1


def choose_link(
    scored: Sequence[tuple[float, Candidate, Candidate | None]], *, text: str | None = None
) -> Link | None:
    """Pick the best (score, in force, later) candidate, or None when none is good or it is a tie.

    Two figures for the same place and period (two publishers' tallies) are no ambiguity: the
    one given last wins. Two different places or periods scoring alike are. With the article's
    ``text``, an event in a crowded place (another record of that place within CROWD_DAYS), or
    in an article about several shootings, links only when the article names its street:
    place and day do not single it out.
    """
    good = [s for s in scored if s[0] >= MIN_SCORE]
    if not good:
        return None
    good.sort(key=lambda s: (s[0], s[1].reference.as_of or date.min), reverse=True)
    best_score, best, later = good[0]
    best_key = _where_when(best.reference)
    for score, other, _ in good[1:]:
        if best_score - score < AMBIGUITY_MARGIN and _where_when(other.reference) != best_key:
            return None
    if (
        text is not None
        and _is_event(best.reference)
        and (_crowded(best, scored) or _SEVERAL_EVENTS.search(text[:HEAD_CHARS]))
        and score_street(best.note, text) != STREET_MATCH
    ):
        return None
    return Link(
        in_force=best.reference,
        later=later.reference if later else None,
        score=best_score,
        place=best.reference.place,
    )


def _crowded(best: Candidate, scored: Sequence[tuple[float, Candidate, Candidate | None]]) -> bool:
    """True when the best is an event and another event of its place is within CROWD_DAYS.

    Two publishers' tallies of one place and period are no crowd: they count the same thing.
    """
    place, day = best.reference.place.lower(), best.reference.period_start
    if day is None or not _is_event(best.reference):
        return False
    return any(
        other.reference.place.lower() == place
        and other.reference.ref_id != best.reference.ref_id
        and _is_event(other.reference)
        and other.reference.period_start is not None
        and abs((other.reference.period_start - day).days) <= CROWD_DAYS
        for _, other, _ in scored
    )


def _is_event(reference: Reference) -> bool:
    """An event record: one day, no as_of (GVA's incidents), unlike a tally given on a date."""
    return (
        reference.as_of is None
        and reference.period_start is not None
        and reference.period_start == reference.period_end
    )


def _where_when(reference: Reference) -> tuple[str, date | None, date | None]:
    return reference.place.lower(), reference.period_start, reference.period_end


_STATE_NAMES = tuple(
    key for name, short in US_STATES.items() for key in (name, *short) if len(key) > 2
)


def _names_other_state(head: str, region_keys: Sequence[str]) -> bool:
    """True when the headline or dateline names a US state other than the reference's."""
    named = _states_named(head)
    return bool(named - set(region_keys)) and not named & set(region_keys)


@functools.lru_cache(maxsize=4096)
def _states_named(head: str) -> frozenset[str]:
    return frozenset(key for key in _STATE_NAMES if find_place_mentions(head, key))
