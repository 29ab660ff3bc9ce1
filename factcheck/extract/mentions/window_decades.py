""" "The past decade" as the window a figure of its clause is measured over (session 73). Pure.

"The group has recorded more than 130 collapses in the past decade", "about one in 10
killings over the past decade led to a conviction", "the plan would raise $1.1 trillion over
the next decade": the decade is the period the figure covers, and the golds write it as a
claim of 10 years (docs/gold-conventions.md, "The past decade" as a figure's window:
wiref, wirek, wireo, wire2d, realgold24; none against). With a numeral the span was already a
mention ("over the past three years"); "decade" alone was none.

Read only when the clause of the window holds a figure of its own (a numeral or a spelled
number, not an ordinal or a year), so not: a window of a description or a vague amount ("has
erupted repeatedly over the past decade", "located hundreds of graves in the past decade":
golds split), the window of a baseline ("three times the average for the past decade": golds
split 1 to 1), "the past decade and a half" (share_fractions), a compound ("decade-long").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from factcheck.extract.lexicon import FRACTION_WORDS, WINDOW_BASELINE_NOUNS, WINDOW_DECADE_LEADS
from factcheck.extract.mentions.quantities import is_numeral, is_spelled_number

_YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d$")
_ORDINAL_RE = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
# "the past decade or so", "the past decade and a half": not one decade
_AFTER_NOT_ONE = frozenset({"and", "or", "-", "–"})


def is_window_decade(token: Token) -> bool:
    """True if ``token`` is the "decade" of "the past/last/next decade" and the clause it is
    the window of holds a figure: "recorded 130 collapses in the past decade"."""
    doc = token.doc
    i = token.i
    if token.lower_ != "decade" or i < 2:
        return False
    if doc[i - 1].lower_ not in WINDOW_DECADE_LEADS or doc[i - 2].lower_ != "the":
        return False
    if i + 1 < len(doc) and doc[i + 1].lower_ in _AFTER_NOT_ONE:
        return False  # "the past decade and a half", "the past decade or so", "decade-long"
    if token.dep_ != "pobj":
        return False  # the window is the object of "in", "over", "for", "during"
    head = token.head.head  # the word "in the past decade" hangs on
    while head.head.i != head.i and (head.pos_ not in ("VERB", "AUX") or head.dep_ == "acl"):
        # up to the verb of the clause, past a participle that only describes a noun ("the
        # complaints filed over the last decade"); a relative clause is a clause of its own
        # ("whose fans have clashed repeatedly over the past decade": no figure)
        if head.lemma_.lower() in WINDOW_BASELINE_NOUNS:
            return False  # "the average of the past decade": a baseline's period
        head = head.head
    if head.lemma_.lower() in WINDOW_BASELINE_NOUNS:
        return False
    window = range(i - 2, i + 1)
    return any(_is_figure(t) for t in head.subtree if t.i not in window and t.sent == token.sent)


def _is_figure(token: Token) -> bool:
    """A number of the clause the decade could be the window of: "130", "one in 10", "a
    third", "$1.1 trillion"; not a year ("since 2007") or an ordinal ("the 5th")."""
    text = token.text
    if _YEAR_RE.match(text) or _ORDINAL_RE.match(text):
        return False
    if is_numeral(token) or is_spelled_number(token):
        return True
    # "a third of the spills", "up to a quarter of it": a share of the clause
    return token.lower_ in FRACTION_WORDS and token.i > 0 and token.nbor(-1).lower_ in ("a", "one")
