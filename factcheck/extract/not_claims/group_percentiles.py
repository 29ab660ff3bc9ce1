"""A share that names a group by its place in a ranking: "the top 1 percent", "the bottom 40
percent of earners", "the richest 1 percent" (session 41, branch fpshape). Pure.

"gains have gone to the top 1 percent", "take-home pay for the bottom 40 percent of earners":
the figure says which people are meant, as an age bracket does ("voters under 30",
``group_ages.py``); the article asserts nothing about how many they are. The tuning golds write
it so: realgold5 "descriptor that defines a group (bottom 40 percent of earners)", realgold24
"defines the group ("the top 1 percent"), not a figure asserted" (gold README: descriptors are
not claims). Set off by commas after the people it sizes ("those earning over $250,000, the
wealthiest 1.5 percent, pay ...") it states their share, and the gold keeps it (realgold14);
so does a percentage that modifies a noun ("the biggest 5 percent gain").

The ranking words are those of ``ranked_shares.py``: a superlative or ``RANKED_GROUP_WORDS``.

A fraction names a group the same way: "Families from the top half of the income distribution
would receive 24% more ... than students from the lower half" (realgold48 gold: both "half" a
class, not a figure), "the poorest fifth of households"; "upper" and "lower" rank there too
(session 64: with realgold24's and realgold32's "top 1 percent", three golds read a ranked part
as a group). A plain share stays a claim: "half of the voters". Fractions are read as shares
before the not-claim rules, so ``mentions.find_mentions`` asks ``is_group_fraction`` beside its
calendar parts ("the first half of 2015").
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import (
    FRACTION_WORDS,
    PERCENT_WORDS,
    RANKED_GROUP_WORDS,
    RANKED_PART_WORDS,
)

# a percentage that modifies the noun after it ("the largest 5 percent gain") is an amount
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "nummod"})


def is_group_percentile(doc: Doc, start: int, end: int) -> bool:
    """True if the number at tokens ``start:end`` is the "1" of "the top 1 percent"."""
    if start < 2 or end >= len(doc) or doc[end].lower_ not in PERCENT_WORDS:
        return False
    rank, the, unit = doc[start - 1], doc[start - 2], doc[end]
    if not (rank.tag_ == "JJS" or rank.lower_ in RANKED_GROUP_WORDS) or the.lower_ != "the":
        return False
    if unit.dep_ in _MODIFIER_DEPS or unit.dep_ == "appos":
        return False
    return not (start >= 3 and doc[start - 3].text == ",")  # ", the wealthiest 1.5 percent,"


def is_group_fraction(doc: Doc, start: int, end: int) -> bool:
    """True if the token at ``start:end`` is the "half" of "the top half of earners"."""
    if end - start != 1 or start < 2 or doc[start].lower_ not in FRACTION_WORDS:
        return False
    if doc[start].lower_.endswith("s"):
        return False  # "the top two-thirds": a plural is a count of parts (not read here)
    rank, the = doc[start - 1], doc[start - 2]
    ranks = rank.tag_ == "JJS" or rank.lower_ in RANKED_GROUP_WORDS | RANKED_PART_WORDS
    if not ranks or the.lower_ != "the":
        return False
    return not (start >= 3 and doc[start - 3].text == ",")  # ", the poorest fifth,"
