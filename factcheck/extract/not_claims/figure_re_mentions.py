"""Figures named again by their number: "Why the two death tolls differ", "Reuters could not
reconcile the three tallies", "the gap between the two counts". Pure.

A small number after a definite determiner, on a plural noun for a reported figure (toll, tally,
count, figure, estimate), picks out the figures the story has just given; it counts nothing
anyone could check (tests/wirem gold: "re-mention of the two named tolls"; tests/wire2c gold:
"re-mention of the two counts already given"; tests/wire2d gold: "re-mention of a listed set
(the three tallies)": three writers). "charged with two counts of murder" has no determiner and
"counts" of a charge take "of": both stay claims.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import (
    FIGURE_RE_MENTION_DETERMINERS,
    FIGURE_RE_MENTION_NOUNS,
    FIGURE_RE_MENTION_NUMBERS,
    FIGURE_RE_MENTION_QUALIFIERS,
)


def is_figure_re_mention(doc: Doc, start: int, end: int) -> bool:
    """True if the number at ``start:end`` is the "two" of "the two death tolls"."""
    if end - start != 1 or start == 0 or end >= len(doc):
        return False
    if doc[start].lower_ not in FIGURE_RE_MENTION_NUMBERS:
        return False
    if doc[start - 1].lower_ not in FIGURE_RE_MENTION_DETERMINERS:
        return False
    noun_at = end
    if doc[noun_at].lower_ in FIGURE_RE_MENTION_QUALIFIERS and noun_at + 1 < len(doc):
        noun_at += 1  # "the two death tolls", "the three official counts"
    noun = doc[noun_at]
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in FIGURE_RE_MENTION_NOUNS:
        return False
    return not (noun_at + 1 < len(doc) and doc[noun_at + 1].lower_ == "of")
