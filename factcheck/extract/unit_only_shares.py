"""A percentage whose only noun is its unit: "11 and 8 percent", "we were at 20 percent".

Two shapes leave a percentage with nothing but "percent" to name it, which names nothing
counted (gold README, "subject"), and the subject came out "percent":

- a bare number that shares the unit of the number after it: "Rubio and Cruz, 11 and 8 percent
  respectively", "ahead of him by two points, 50 to 48 percent". The parse hangs the first
  number on the second's "percent"; it is a percentage as much as the second, and is named as a
  poll share is when a poll word is near (``shares_unit_after``; realgold7, realgold24 golds:
  "support", "poll"). Not "between the two and up to 20 percent": "the two" are people.
- a person, party or speaker standing "at" a percentage with no poll word near: "Six months ago
  we weren't at 20 or 25 percent". Where a candidate stands is his support (realgold24 gold:
  "support", "polls"), so it is "poll support" as in a poll sentence (``stands_at``). Not a
  share of a thing ("unemployment stood at 5 percent" has its noun, "unemployment"), nor "they"
  or an organisation, which may stand for rates or a market share. Pure.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import PERCENT_WORDS, SPEAKER_PRONOUNS

# who may stand at a share: a named person or party group, or a speaker's pronoun
_HOLDER_LABELS = frozenset({"PERSON", "NORP"})


def shares_unit_after(figure: Span) -> bool:
    """True for a figure of numbers alone that hangs on a percent word after it, itself or
    through the number it is joined to ("11 and 8 percent", "50 to 48 percent", "20 or 25
    percent")."""
    if figure.start > 0 and figure.doc[figure.start - 1].pos_ == "DET":
        return False  # "choose between the two and up to 20 percent": "the two" are people
    return all(t.like_num for t in figure) and shared_unit(figure) is not None


def shared_unit(figure: Span) -> Token | None:
    """The percent word after ``figure`` that the figure's number hangs on, or None."""
    token = figure.root
    while token.dep_ in ("conj", "quantmod") and token.head.like_num:
        token = token.head  # "11 and 8 percent", "50 to 48 percent": 11 is joined to 8
    unit = token.head
    if unit.lower_ in PERCENT_WORDS and unit.i >= figure.end:
        return unit
    return None


def stands_at(figure: Span) -> bool:
    """True for a percentage after "at" in a clause whose subject is a person, a party group or
    a speaker's pronoun ("we weren't at 20 percent"). Asked only of a percentage that names
    nothing but its unit."""
    last = shared_unit(figure) or figure.root
    at = last.head
    if at.lower_ != "at" or at.dep_ != "prep" or at.i >= figure.start:
        return False
    clause = at.head
    holders = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(h.lower_ in SPEAKER_PRONOUNS or h.ent_type_ in _HOLDER_LABELS for h in holders)
