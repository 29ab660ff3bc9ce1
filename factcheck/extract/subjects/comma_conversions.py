"""A sum in one currency given again in another after a comma: "earn 185 pesos a day, or
$10.60", "spend up to 90 billion euros, about $101 billion, on new equipment".

Gold README ("Currency conversions in brackets ... are separate claims"): a conversion
measures what the figure it converts measures; set off by a comma instead of brackets it is
the same conversion. Without this the dollar figure took the clause's subject (the
earners) or the first currency's word ("euros") for what it counts (pool63, session 63: three
such sums in two articles, all wrong).

Only a sum whose currency differs from the sum right before it, with nothing between them but a
short phrase of the first sum (no verb, no other figure: "a day", "for a day's work"), a
comma and an optional "or".
"""

from __future__ import annotations

from spacy.tokens import Span

from factcheck.extract.lexicon import CURRENCY_SYMBOLS, CURRENCY_WORDS

_CURRENCIES = frozenset(CURRENCY_SYMBOLS.values()) | frozenset(CURRENCY_WORDS.values())
# at most this many words between the first sum and the comma ("for a day's work")
_MAX_BETWEEN = 5


def is_comma_conversion(span: Span, unit: str, before_end: int, before_unit: str) -> bool:
    """True for a sum that gives the sum ending at character ``before_end`` in another
    currency, after a comma ("185 pesos a day, or $10.60").

    Args:
        span: the later sum's span (qualifier included).
        unit: the later sum's currency.
        before_end: the character where the earlier sum's span ends.
        before_unit: the earlier sum's currency.
    """
    if unit not in _CURRENCIES or before_unit not in _CURRENCIES or unit == before_unit:
        return False
    doc = span.doc
    first = span.start
    while first > 0 and doc[first - 1].idx >= before_end and span.start - first <= _MAX_BETWEEN + 2:
        first -= 1  # back to the earlier sum, no farther than a short phrase, a comma and "or"
    if first > 0 and doc[first - 1].idx >= before_end:
        return False  # too many words between the two sums
    between = list(doc[first : span.start])
    if between and between[-1].lower_ == "or":
        between = between[:-1]
    if not between or between[-1].text != ",":
        return False
    phrase = between[:-1]
    return len(phrase) <= _MAX_BETWEEN and not any(
        t.like_num or t.pos_ in ("VERB", "AUX") or t.is_punct for t in phrase
    )
