"""A span of time an amount is spread over: "$30 billion over 10 years", "cut aid by $55 billion
over six years", "hacked 100 accounts from his home over 14 months" (issue 11, session 45,
appval). Pure.

The gold README reads "over" before a figure as "more than" (lower_bound), and so do the golds
where the span is how long something lasted ("for over 20 years", "filibustered over 30
hours": realgold7, realgold8). After an amount of the same clause "over" is not a bound but the
stretch of time the amount is spread over, which the golds keep exact with "over" outside the
span (realgold7 "over 14 months", realgold24 "over five years", realgold31 "over six years"
and "over 10 years": each gold span the bare "14 months", exact).

So is the stretch of land an amount is spread over: "destroyed 57 drones over eight Russian
regions" (tests/wirea twice, tests/wirek "41 Ukrainian drones over five Russian regions": gold
exact), where "over" is the preposition whose object the counted places are.

The parse tells the stretch from the bound where the amount stands further off: "over" a
preposition whose object is the counted unit of time, hanging on the counted amount or on the
verb whose object or subject it is ("gunmen killed "more than 70" people in a field outside the
town over two days", "pays 476 million pounds ($635 million) over three years"), is the stretch,
exact (tests/wirek, wirem golds, two writers; tests/wirea writes "freed nearly 900 detainees over
three days" the same way). "over" read as the number's modifier ("filibustered over 30 hours",
"for over 20 years", "lasted over three weeks"), or with nothing counted ("has worked there over
15 years", "would be carried out over three days"), stays a bound (session 68).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    PLACE_SET_NOUNS,
    SPREAD_OVER_VERBS,
    SPREAD_SPAN_AFTER,
    TIME_UNITS,
)
from factcheck.extract.mentions.quantities import is_numeral, is_spelled_number
from factcheck.extract.year_numbers import is_year_number

# How far before "over" the amount may stand: "100 Americans from his home overseas over".
_AMOUNT_REACH = 6


def is_spread_span(doc: Doc, over: int, fig_start: int, fig_end: int) -> bool:
    """True if "over" at token ``over`` opens a span of time (the figure at ``fig_start`` to
    ``fig_end``, its unit taken in or next) that an amount before it in the clause is spread
    over: "offering $30 billion over 10 years", not "for over 20 years", "served over 10
    years"."""
    if doc[over].lower_ != "over" or fig_start != over + 1 or over == 0:
        return False
    unit_at = next(
        (t for t in doc[fig_start : min(fig_end + 1, len(doc))] if t.lemma_.lower() in TIME_UNITS),
        None,
    )
    if unit_at is None:
        unit_at = _place_set(doc, over, fig_end)
    if unit_at is None:
        return False
    if unit_at.i + 1 < len(doc) and doc[unit_at.i + 1].lower_ in SPREAD_SPAN_AFTER:
        return False  # "over two years ago", "over 10 years old"
    if doc[over - 1].pos_ == "ADP" and doc[over - 1].dep_ != "prt":
        return False  # "for over 20 years", "in over a decade": a length, a bound
    if _after_change_verb(doc, over, unit_at):
        return True  # "would climb gradually over six years", "an increase spread over two years"
    if _stretch_by_parse(doc, over, unit_at):
        return True  # "killed 70 people in a field outside the town over two days"
    for k in range(over - 1, max(over - 1 - _AMOUNT_REACH, -1), -1):
        token = doc[k]
        if token.pos_ in ("VERB", "AUX", "PUNCT") or token.is_sent_start:
            return False  # "filibustered over 30 hours": no amount before it in the clause
        if (is_numeral(token) or is_spelled_number(token)) and not is_year_number(token.text):
            return True
    return False


def _after_change_verb(doc: Doc, over: int, unit_at: Token) -> bool:
    """ "would climb gradually over six years", "an increase spread over two years", "phased in
    over four years": the verb right before "over" (adverbs and particles between) is one of
    change or of spreading, and "over" or the unit of time hangs on it, so the span of time is
    the stretch the change takes, not a bound."""
    k = over - 1
    while k >= 0 and (doc[k].pos_ == "ADV" or doc[k].dep_ == "prt"):
        k -= 1
    return (
        k >= 0
        and doc[k].pos_ == "VERB"
        and doc[k].lemma_.lower() in SPREAD_OVER_VERBS
        and k in (doc[over].head.i, unit_at.head.i)
    )


def _stretch_by_parse(doc: Doc, over: int, unit_at: Token) -> bool:
    """ "killed 70 people ... over two days", "476 million pounds ($635 million) over three
    years": "over" heads the phrase whose object is the unit of time the figure counts, and hangs
    on a counted amount or on the verb whose object or subject one is. Not "filibustered over 30
    hours" ("over" the number's modifier), nor "has worked there over 15 years" (nothing counted
    is spread over it)."""
    if not (
        doc[over].dep_ == "prep"
        and unit_at.dep_ == "pobj"
        and unit_at.head.i == over
        and any(t.dep_ == "nummod" and t.head.i == unit_at.i for t in doc[over + 1 : unit_at.i])
    ):
        return False
    governor = doc[over].head
    if governor.pos_ in ("VERB", "AUX"):
        amounts = [c for c in governor.children if c.dep_ in _AMOUNT_DEPS and _is_counted(c)]
    else:
        amounts = [governor] if _is_counted(governor) else []
    # "bought 40 bonds, half of them over 10 years": a comma sets another phrase between
    return any(not any(t.text in (",", ";") for t in doc[min(a.i, over) : over]) for a in amounts)


# The roles of a verb's counted amount: "killed 70 people", "70 people were killed".
_AMOUNT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass"})


def _is_counted(noun: Token) -> bool:
    """ "70 people", "476 million pounds": a noun a number counts, not a year's ("2019 law")."""
    return any(
        child.dep_ == "nummod"
        and (is_numeral(child) or is_spelled_number(child))
        and not is_year_number(child.text)
        for child in noun.children
    )


def _place_set(doc: Doc, over: int, fig_end: int) -> Token | None:
    """The places "over" has for its object, counted by the figure ending at ``fig_end``:
    "over eight Russian regions" -> "regions"; None for any other figure."""
    number = doc[fig_end - 1]
    noun = number.head
    if number.dep_ != "nummod" or noun.i < number.i or noun.lemma_.lower() not in PLACE_SET_NOUNS:
        return None
    return noun if noun.dep_ == "pobj" and noun.head.i == over else None
