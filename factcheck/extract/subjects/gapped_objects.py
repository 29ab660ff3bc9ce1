"""Figures that are a second object of a verb left out (gapping): "raised $6 million in March
and $5 million after the debate", "cast one vote for Smith, 13 for Jones".

The parse hangs the second figure on the verb as a conjunct or an adverb, or on a verb of the
first object's tail ("raised $6 million the day after polls closed in Ohio and $5 million after
Iowa": a conjunct of "closed"), so what the clause says of it ("group", "polls", "delegation")
is who raised or where, not what is counted. The figure counts what the first object counts
(``claims.py`` gives it the subject of the figure before it).

Notes:
    Gold README, "subject": what is counted. The tuning golds name the first object's subject
    for the gapped one (realgold12 "13 for Ted Cruz": vote; realgold20 "over $5 million after
    Michigan": raised).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.mentions.mentions import Mention

# How far the verb that holds the second object may be from the verb of the first object:
# "raised $6 million in the day after polls closed ... and $5 million": "closed" -> "raised"
_MAX_CLIMB = 2
_CLIMB_DEPS = frozenset({"advcl", "conj"})
_GAP_DEPS = frozenset({"conj", "npadvmod"})
_OBJECT_DEPS = frozenset({"dobj", "attr"})


def is_gapped_object(doc: Doc, mention: Mention) -> bool:
    """True for a figure with no noun of its own that stands as a second object of a verb
    whose first object, earlier in the sentence, is a figure."""
    top = _figure_top(doc, mention)
    if top is None or top.dep_ not in _GAP_DEPS or top.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = top.head
    for _ in range(_MAX_CLIMB + 1):
        if any(_is_figure_object(c, before=mention.start) for c in verb.children):
            return True
        if top.dep_ != "conj" or verb.dep_ not in _CLIMB_DEPS or verb.head == verb:
            return (
                False  # not "pitched seven innings, and the Red Sox won, 4-2": a clause of its own
            )
        verb = verb.head
    return False


def _figure_top(doc: Doc, mention: Mention) -> Token | None:
    """The token of a figure the parse hangs outside it, when the figure names no noun: "$5
    million" -> "million", "13" -> "13"; None for "36 votes" (the noun is outside the figure)."""
    start, end = mention.figure
    tops = [t for t in doc[start:end] if not start <= t.head.i < end or t.head == t]
    if len(tops) != 1 or not tops[0].like_num:
        return None
    return tops[0]


def _is_figure_object(token: Token, *, before: int) -> bool:
    """True for an object of a verb that is or counts a figure and stands before ``before``:
    "raised $6 million", "cast one vote"."""
    if token.dep_ not in _OBJECT_DEPS or token.i >= before:
        return False
    return token.like_num or any(c.dep_ == "nummod" and c.like_num for c in token.children)
