"""A group named by its place in a ranking: "the 10 best", "Ohio's three biggest cities", "the
world's 100 most influential people" (session 51, branch fp51). Pure.

"the campaign swept Ohio's three biggest cities", "Time named him to its list of the world's 100
most influential people", "the party's two most recent nominees will stay away": the number
before a superlative says where a ranking is cut, so it picks out which cities, people or
nominees are meant, as "the top five" does (``local_news.py``, "rank") and "the top 1 percent"
does for a share (``group_percentiles.py``); the article counts nothing with it. The gold README
puts "one of the largest" with the idioms and ordinals, and the tuning golds write the shape so:
realgold31 "defines the group (rank threshold)", realgold4 "part of a name (Time 100 list)",
realgold33 "the two biggest winner-take-all prizes" a re-mention; no tuning gold claims it.

Only after "the", a possessive or a demonstrative, with the superlative right after the number
(a "-est" adjective, or "most"/"least" before an adjective); not the base of a share ("seven of
the 10 largest cities" gives the share its whole), and not "their two top targets" ("top" and
"leading" are no superlatives, and the golds count them).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.mentions.quantities import is_numeral, is_spelled_number

# the words that make the number definite: "the 10 best", "these three biggest"
_OPENERS = frozenset({"the", "these", "those"})
# "the two most recent", "the 10 least popular": the superlative is the adverb's
_SUPERLATIVE_ADVERBS = frozenset({"most", "least"})


def is_ranked_group(doc: Doc, start: int, end: int) -> bool:
    """True if the number at tokens ``start:end`` is the "three" of "Ohio's three biggest
    cities" or the "10" of "the 10 best"."""
    if end - start != 1 or start < 1 or end + 1 >= len(doc):
        return False
    number = doc[start]
    if not (is_numeral(number) or is_spelled_number(number)) or not _definite(doc[start - 1]):
        return False
    if _share_base(doc, start):
        return False  # "seven of the 10 largest cities": the base of a share
    return _superlative(doc[end], doc[end + 1])


def _share_base(doc: Doc, start: int) -> bool:
    """True if "N of" stands before the group, itself or past a possessive owner: "seven of the
    10 largest cities", "four of Galicia's seven largest cities", "eight of the world's 14
    highest peaks" (tests/wiref, wirej golds: shares, value 4/7 and 8/14)."""
    at = start - 1
    if doc[at].tag_ == "POS":
        at = doc[at].head.left_edge.i  # past "the world's", "Galicia's"
    return at >= 2 and doc[at - 1].lower_ == "of" and _counts(doc[at - 2])


def _definite(before: Token) -> bool:
    """ "the", "these", "Ohio's", "its": what makes the number name a known group."""
    return before.lower_ in _OPENERS or before.tag_ in ("POS", "PRP$")


def _counts(token: Token) -> bool:
    return is_numeral(token) or is_spelled_number(token)


def _superlative(word: Token, after: Token) -> bool:
    """ "biggest", "best", "most influential", "least popular"."""
    if word.lower_ in _SUPERLATIVE_ADVERBS:
        return after.pos_ in ("ADJ", "ADV") or after.tag_ == "VBN"  # "most watched"
    return word.tag_ == "JJS"
