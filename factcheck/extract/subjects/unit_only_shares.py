"""A percentage whose only noun is its unit: "11 and 8 percent", "we were at 20 percent".

Two shapes leave a percentage with nothing but "percent" to name it, which names nothing
counted (gold README, "subject"), and the subject came out "percent":

- a bare number that shares the unit of the number after it: "Rubio and Cruz, 11 and 8 percent
  respectively", "ahead of him by two points, 50 to 48 percent". The parse hangs the first
  number on the second's "percent" (``percent_hung_on``); it is a percentage as much as the
  second, and is named as a poll share is when a poll word is near (``shares_unit_after``;
  realgold7, realgold24 golds: "support", "poll"). Not "between the two and up to 20 percent":
  "the two" are people.
- a person, party or speaker standing "at" a percentage with no poll word near: "Six months ago
  we weren't at 20 or 25 percent". Where a candidate stands is his support (realgold24 gold:
  "support", "polls"), so it is "poll support" as in a poll sentence (``stands_at``). Not a
  share of a thing ("unemployment stood at 5 percent" has its noun, "unemployment"), nor "they"
  or an organisation, which may stand for rates or a market share. Pure.

A shared unit is read two ways, for two questions. Whether a bare number is a figure at all
(``not_claims``) is read by the words (``shared_unit_by_words``): a point word counts too ("by
12 or 14 points"), whatever the parse makes of the two numbers. What a percentage names is read
by the parse (``percent_hung_on``), the percent word the number hangs on. Read by the words,
``shares_unit_after`` and ``stands_at`` changed subjects in the PolNeAR extract on articles
the helpers may not read, where the change could not be judged (review of session 45).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.lexicon import (
    MONTHS,
    NAME_PRECEDERS,
    PERCENT_WORDS,
    POINT_WORDS,
    SHARED_UNIT_JOINERS,
    SPEAKER_PRONOUNS,
)
from factcheck.extract.mentions.quantities import is_numeral

# who may stand at a share: a named person or party group, or a speaker's pronoun
_HOLDER_LABELS = frozenset({"PERSON", "NORP"})


def shared_unit_by_words(doc: Doc, start: int, end: int) -> Token | None:
    """The unit a bare number at ``start:end`` shares with the number right after it, read by
    the words: "46 to 40 percent", "11 and 8 percent", "by 12 or 14 points" (the percent or
    point word), so it is a figure of the same kind; None for "Article 49.3 and 57 percent" (a
    name's number) and a day after its month ("on July 14 to 46 percent"). ``not_claims``
    keeps such a number a claim."""
    words = doc[end : end + 3]
    before = doc[start - 1].lower_.rstrip(".") if start > 0 else ""
    if (
        len(words) == 3
        and before not in NAME_PRECEDERS
        and before not in MONTHS
        and words[0].lower_ in SHARED_UNIT_JOINERS
        and is_numeral(words[1])
        and (words[2].lower_ in PERCENT_WORDS or words[2].lower_ in POINT_WORDS)
    ):
        return words[2]
    return None


def percent_hung_on(doc: Doc, start: int, end: int) -> Token | None:
    """The percent word after a bare number at ``start:end`` that the parse hangs it on,
    itself or through the number it is joined to ("11 and 8 percent": 11 is joined to 8; "50
    to 48 percent"); None where the parse hangs it elsewhere, and for a point word. Read by
    ``shares_unit_after`` and ``stands_at``."""
    token = doc[start:end].root
    while token.dep_ in ("conj", "quantmod") and token.head.like_num:
        token = token.head
    unit = token.head
    return unit if unit.lower_ in PERCENT_WORDS and unit.i >= end else None


def shares_unit_after(figure: Span) -> bool:
    """True for a figure of numbers alone that hangs on a percent word after it, itself or
    through the number it is joined to ("11 and 8 percent", "50 to 48 percent", "20 or 25
    percent"; ``percent_hung_on``)."""
    if figure.start > 0 and figure.doc[figure.start - 1].pos_ == "DET":
        return False  # "choose between the two and up to 20 percent": "the two" are people
    unit = percent_hung_on(figure.doc, figure.start, figure.end)
    return all(t.like_num for t in figure) and unit is not None


def stands_at(figure: Span) -> bool:
    """True for a percentage after "at" in a clause whose subject is a person, a party group or
    a speaker's pronoun ("we weren't at 20 percent"). Asked only of a percentage that names
    nothing but its unit."""
    last = percent_hung_on(figure.doc, figure.start, figure.end) or figure.root
    at = last.head
    if at.lower_ != "at" or at.dep_ != "prep" or at.i >= figure.start:
        return False
    clause = at.head
    holders = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(h.lower_ in SPEAKER_PRONOUNS or h.ent_type_ in _HOLDER_LABELS for h in holders)
