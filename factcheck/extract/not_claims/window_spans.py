"""A definite span of time that another figure of its sentence is measured over is a claim:
"12,500 fled in the 24 hours after the shelling", "1,128 cases in the seven days to Sunday",
"grew 7.5% in the first nine months of the year", "40 arrived in the previous three days". Pure.

docs/gold-conventions.md "Spans of time before or after an event": a span is a claim when it is
"the window a figure is measured over" ("sold 2,000 tickets in the 48 hours since"). The
dates rule read every definite period ("the previous two months") as only dating the figure
beside it, from the development corpus (tests/corpus, annotated before the conventions: 3 such
not-claims); the six wire tuning sets, by five writers, annotate 12 such windows as claims
(tests/wirea, wireb, wired, wiree, wireg) and none as not-claims. A definite period with no other
figure in its sentence ("in those four years, if we had done it") only frames the talk and
stays a period (realgold30); a part of a named stretch ("in the final three days of talks",
"the last two years of his term") places an event (wirea, realgold8); a future horizon ("over the next five years") is left to the
other rules (the tuning golds split on it).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import PERIOD_MODIFIERS
from factcheck.extract.mentions.quantities import is_numeral
from factcheck.extract.year_numbers import is_year_number

_DEFINITE = frozenset({"the", "these", "those"})
_FUTURE = frozenset({"next", "coming"})


def is_window_of_a_figure(doc: Doc, start: int, unit: int) -> bool:
    """True if the number at token ``start``, its time unit at ``unit``, is a definite period after a preposition ("in
    the past three weeks", "over the first 13 weeks") and another figure stands in its
    sentence."""
    the = _definite_opening(doc, start)
    if the is None or the == 0:
        return False
    if any(t.lower_ in _FUTURE for t in doc[the:start]):
        return False
    if unit + 1 < len(doc) and doc[unit + 1].lower_ == "of":
        return False  # "in the final three days of talks": a part of a stretch, placing it
    prep = doc[the - 1]
    if prep.pos_ != "ADP" or prep.lower_ == "of":
        return False
    sent = doc[start].sent
    return any(_is_figure(t) for t in sent if not the <= t.i <= unit)


def _definite_opening(doc: Doc, start: int) -> int | None:
    """The index of "the" ("these", "those") before the number, with only period words
    ("past", "previous", "first") between them."""
    for token in reversed(doc[max(start - 3, 0) : start]):
        if token.lower_ in _DEFINITE:
            return token.i
        if token.lower_ not in PERIOD_MODIFIERS:
            return None
    return None


def _is_figure(token: Token) -> bool:
    """A number of the sentence that may count something: not a year, not the pronoun
    "one"."""
    if not (is_numeral(token) or token.like_num):
        return False
    if token.lower_ == "one" or is_year_number(token.text, first=1500):
        return False
    return any(ch.isdigit() for ch in token.text) or token.is_alpha
