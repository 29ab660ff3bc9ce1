"""A place in a ranking given under a label: "(Previous ranking: 4)", "Last week's ranking: 2",
"Rank: 2", "his previous ranking was 2", and "(Last week: 4)" in an article that ranks
(session 55, branch notclaim55). Pure.

A weekly ranking of candidates or teams ("our Power Rankings", The Fix's list) gives each entry
its place now and its place before. The place is an ordinal written as a bare number, which the
gold README lists among the not-claims ("ordinals"); "No. 4", "ranked 19" and "#3" were
already read as such (``number_names``, ``rank_numbers``), the labelled form was counted as a
figure of the candidate. Only a bare number: nothing counted after it ("Last week: 9 arrests"
counts arrests), no currency or percent sign.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    RANK_LABEL_LEMMAS,
    RANK_PERIOD_NOUNS,
    RANK_PERIOD_OPENERS,
)
from factcheck.extract.mentions.quantities import is_numeral, is_spelled_number


def is_rank_label(doc: Doc, start: int, end: int) -> bool:
    """True if the number at tokens ``start:end`` is the "4" of "(Previous ranking: 4)"."""
    if end - start != 1 or start < 2:
        return False
    number = doc[start]
    if not (is_numeral(number) or is_spelled_number(number)) or number.text[:1] in "$€£":
        return False
    if not _bare(doc, end):
        return False
    joint = doc[start - 1]
    if not (joint.text == ":" or joint.lemma_ == "be"):
        return False
    label = doc[start - 2]
    if label.lemma_.lower() in RANK_LABEL_LEMMAS:
        return True  # "Previous ranking: 4", "Rank: 2", "the previous ranking was 2"
    return _period_label(doc, start - 2) and _ranks(doc)


def _bare(doc: Doc, end: int) -> bool:
    """Nothing counted after the number: the line, the bracket or the sentence ends."""
    if end >= len(doc):
        return True
    nxt = doc[end]
    return nxt.is_punct or nxt.is_space or nxt.lower_ in RANK_PERIOD_OPENERS


def _period_label(doc: Doc, i: int) -> bool:
    """ "Last week", "This week", "last week's" before the colon."""
    if doc[i].tag_ == "POS" and i > 0:
        i -= 1
    return i > 0 and doc[i].lower_ in RANK_PERIOD_NOUNS and doc[i - 1].lower_ in RANK_PERIOD_OPENERS


def _ranks(doc: Doc) -> bool:
    """The article speaks of a ranking ("rankings", "ranked", "rank")."""
    return any(_is_rank_word(t) for t in doc)


def _is_rank_word(token: Token) -> bool:
    return token.lemma_.lower() in RANK_LABEL_LEMMAS or token.lower_.startswith("rank")
