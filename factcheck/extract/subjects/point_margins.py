"""Points one side is ahead by, where no margin verb holds them (subjects31, issue 11).

"college graduates back Clinton by 19 points", "homeowners support Clinton by 17 points",
"supporting Dukakis by five points over Bush", "Cruz 16 points ahead of Trump", "She was about
40 points ahead of Sanders", "leading Trump by six points and Cruz by three points": the points measure how far one side is ahead, a margin or a lead
(the real golds name "margin", "lead", "point"), not the points alone. The parse often takes
"back" for an adverb and "support" for a noun there, so the support word is found by its form
in the words before "by", with no verb between. Not a change ("support for Lee fell by five
points": a verb stands between), which the clause names. Pure.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import AHEAD_WORDS, POINT_WORDS, SUPPORT_MARGIN_FORMS
from factcheck.extract.subjects.poll_subjects import margin_of

# the words that may stand between a support word and "by": its object and what describes it
_BETWEEN = frozenset({"PROPN", "NOUN", "DET", "ADJ", "ADP", "PRON", "PART", "NUM"})
_REACH = 8  # words back from "by" to the support word


def point_margin(points: Token) -> str:
    """ "margin in points" for "back Clinton by 19 points", "lead margin in points" for "16
    points ahead of Trump"; '' otherwise.

    Args:
        points: the "points" word of a figure.
    """
    if points.lower_ not in POINT_WORDS:
        return ""
    head = points.head
    if points.dep_ == "npadvmod" and head.lower_ in AHEAD_WORDS:
        return "lead margin in points"  # "16 points ahead of Trump", "ten points behind"
    if points.dep_ != "pobj" or head.lower_ != "by":
        return ""
    if _support_before(head):
        return "margin in points"
    return _margin_before(head)


def _margin_before(by: Token) -> str:
    """ "leading Trump by six points and Cruz by three points": a "by" hung on a name joined to
    the clause of an earlier margin in points has that margin (the verb is left out)."""
    if by.head.dep_ != "conj" or by.head.pos_ not in ("PROPN", "NOUN"):
        return ""
    for token in by.doc[by.sent.start : by.i]:
        if token.lower_ in POINT_WORDS and token.dep_ == "pobj" and token.head.lower_ == "by":
            margin = margin_of(token)
            if margin:
                return f"{margin} in points"
    return ""


def _support_before(by: Token) -> bool:
    """True when a support word stands before "by" in its clause with only its object between:
    "back the former secretary of state by", "support Sanders by"."""
    doc = by.doc
    start = max(by.sent.start, by.i - _REACH)
    for i in range(by.i - 1, start - 1, -1):
        token = doc[i]
        if token.lower_ in SUPPORT_MARGIN_FORMS:
            # an object between ("back Clinton by"), not "support for Lee by", "support by"
            return i < by.i - 1 and doc[i + 1].lower_ not in ("for", "of", "among")
        if token.pos_ not in _BETWEEN:
            return False
    return False
