"""A poll's two sides written "X percent to Y percent" with Y above X are two figures when they
spell out a margin or a net rating. Pure.

Gold README "Shares" and its example "Trump led Cruz, 32%-25%": each side of a poll's pair is a
claim of its own. A falling pair ("leads 46 percent to 44 percent") is never read as a range
(``mentions._falls``); a rising one is, which is right for "cut emissions by 5 percent to 15
percent" but wrong where the pair is the two sides a margin is made of:

- in parentheses right after a margin or net figure in points: "a net negative 6 points (37
  percent to 43 percent)", "his 20-point deficit among women (34%-54%)";
- before the noun of a rating it splits: "a negative 42%-49% approval rating".

Tuning golds: 4 of 4 such pairs are two claims, none a range (realgold4, 14, 24 articles).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import PERCENT_WORDS, POINT_WORDS, RATING_NOUNS

_OPENING = ("(", "[")
_LOOK_BACK = 6  # "-30 points (", "a net negative 6 points ("


def is_margin_pair(doc: Doc, low: tuple[int, int], high: tuple[int, int]) -> bool:
    """True if the percents at ``low`` and ``high`` (token spans) are the two sides of a poll's
    margin or net rating, not a range: "(37 percent to 43 percent)" after "6 points"."""
    if not (_is_percent(doc, low) and _is_percent(doc, high)):
        return False
    return _after_points_in_parentheses(doc, low[0]) or _before_rating(doc, high[1])


def _is_percent(doc: Doc, span: tuple[int, int]) -> bool:
    return doc[span[1] - 1].lower_ in PERCENT_WORDS


def _after_points_in_parentheses(doc: Doc, start: int) -> bool:
    if start == 0 or doc[start - 1].text not in _OPENING:
        return False
    before = doc[max(0, start - 1 - _LOOK_BACK) : start - 1]
    return any(t.lower_ in POINT_WORDS or t.lower_.endswith("-point") for t in before)


def _before_rating(doc: Doc, end: int) -> bool:
    following = doc[end : end + 2]
    return any(t.lemma_.lower() in RATING_NOUNS for t in following)
