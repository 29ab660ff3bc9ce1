"""A figure of a race's kind that no side gives as its result: no partisan count.

docs/gold-conventions.md "Candidates and campaigns as a partisan source": a candidate's or
campaign's figure on the race it runs in is partisan because the side reports its own standing,
money or result; history is a third matter. ``counts_the_race`` and ``speaks_of_own_count``
read the race from the words (votes, delegates, "he gotten ... percent"); three ways the same
words give no count of the race, each read on the figure's own clause:

- a question: "Has he gotten above 38 percent in any primary?" asks, it reports nothing
  (realgold30 gold: not partisan);
- a hope said as what can be reached: "seven or eight thousand votes is very achievable"
  (realgold35 gold: not partisan), as ``OWN_COUNT_UNREAL`` reads "we could win";
- an earlier race, dated by a year before the article's time: "Bush got half a million fewer
  votes than Gore in 2000" in an article whose latest year is 2016 (realgold30 gold: not
  partisan). The article's time is its latest year named; a year within one of it is the race
  at hand ("we raised $5 million in 2015"); the speaker's own earlier race ("I won the seat by
  20 points in 2010") is its own record, (b), and stays.

Audit (session 53, branch part53): over the allowed articles the three shapes fire on three
race figures in three articles, one each, all partisan on main and none partisan in the tuning
golds; no partisan figure of main's extract that a tuning gold keeps is lost.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.dependents import clause_verb
from factcheck.extract.lexicon import RACE_HOPE_ADJECTIVES
from factcheck.extract.year_numbers import is_year_number

# a year of a race: 1900 to 2100 (year_numbers.py)
_LATEST_YEAR = 2100


def not_a_race_result(number: Token) -> bool:
    """The figure's clause asks, hopes or dates itself to an earlier race."""
    verb = clause_verb(number)
    if verb is None:
        return False
    return _asked(verb) or _hoped(verb) or _an_earlier_race(number, verb)


def _asked(verb: Token) -> bool:
    """The clause is a question: its sentence ends in "?" and the verb heads it, or an
    auxiliary opens it ("Has he gotten ...?")."""
    sent = verb.sent
    last = sent[-1] if sent[-1].text != "\u201d" or len(sent) < 2 else sent[-2]
    if last.text != "?":
        return False
    return verb.dep_ == "ROOT" or _inverted(verb)


def _inverted(verb: Token) -> bool:
    """ "Has she won ...": an auxiliary before the subject, a question's order."""
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    auxes = [c.i for c in verb.children if c.dep_ == "aux"]
    return bool(subjects and auxes) and min(auxes) < min(subjects)


def _hoped(verb: Token) -> bool:
    """ "N votes is very achievable": the figure's verb is "be" with a hope's adjective, or
    the figure's clause is the subject of one ("win on Tuesday - N votes - is achievable")."""
    verbs = (verb, verb.head) if verb.dep_ in ("csubj", "csubjpass") else (verb,)
    return any(v.lemma_.lower() == "be" and _hope_said(v) for v in verbs)


def _hope_said(verb: Token) -> bool:
    return any(
        c.dep_ == "acomp" and c.lemma_.lower() in RACE_HOPE_ADJECTIVES for c in verb.children
    )


def _an_earlier_race(number: Token, verb: Token) -> bool:
    """A year in the figure's clause at least two years before the article's latest year; not
    the speaker's own earlier race ("I won the district by 20 points in 2010"), its record."""
    if any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children):
        return False
    years = [_year(t) for t in verb.subtree if t.i != number.i]
    dated = [y for y in years if y is not None]
    if not dated:
        return False
    latest = max((y for t in number.doc if (y := _year(t)) is not None), default=0)
    return min(dated) <= latest - 2


def _year(token: Token) -> int | None:
    return int(token.text) if is_year_number(token.text, last=_LATEST_YEAR) else None
