"""A bare "one" that opens an item of a list parting a count by place or fate. Pure.

"found two victims at the lodge, two at a store, one in the parking lot, one by the sheriff's
office", "Four were hurt by the car, 8 had gunshot wounds, and one had a minor injury", "two
were in serious condition, one was in fair condition, one was still being assessed": each item
after the first counts some of the people counted in the list, so the "one" that opens an item
is a count of one (realgold5, realgold12, realgold19 golds: claims), though the parse reads it
as a pronoun with no noun of its own. It is the list that makes it a count: the item before
opens with a count of its own, or has one as its subject. Not "one of them", "one or two", "one
another" (other rules), nor a "one" whose item before counts nothing ("She spoke to reporters,
one said"), nor a member of a pair described one by one ("had two cases, one for theft and
the other for burglary", "two columns, one listing X and another listing Y").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    ONE_PARTITION_BREAKS,
    ONE_PARTITION_NOT_NEXT,
    ONE_PARTITION_NOT_UNITS,
)

# how far back the item before may open (tokens): a list item is a short clause
_ITEM_REACH = 16


def is_one_of_a_partition(token: Token) -> bool:
    """True if ``token`` is a bare "one" opening a list item after an item with a count."""
    doc = token.doc
    if token.lower_ != "one" or token.dep_ in ("nummod", "quantmod", "compound"):
        return False
    i = token.i
    sent_start = token.sent.start
    if i + 1 >= len(doc) or i - 2 < sent_start:
        return False
    nxt = doc[i + 1]
    if nxt.lower_ in ONE_PARTITION_NOT_NEXT or nxt.is_punct or nxt.pos_ in ("NOUN", "PROPN"):
        return False
    if i + 2 < len(doc) and doc[i + 2].lower_ == "one":
        return False  # "one by one", "one on one", "one to one"
    k = i - 1
    if doc[k].lower_ == "and":
        k -= 1
    if doc[k].text not in ONE_PARTITION_BREAKS:
        return False
    if any(_names_the_other(t) for t in doc[i + 1 : token.sent.end]):
        return False  # "one for theft and the other for burglary": a pair described
    # the item before: from the break before it (or the sentence start) up to this break
    first = k - 1
    while first > sent_start and doc[first - 1].text not in ONE_PARTITION_BREAKS:
        if k - first > _ITEM_REACH:
            return False
        first -= 1
    if doc[first].lower_ == "and":
        first += 1
    return any(_counts(t, opens=t.i == first) for t in doc[first:k])


def _counts(token: Token, *, opens: bool) -> bool:
    """A number that counts a part: the item's first word, or the subject of its clause (or
    the number of its subject); not a year, a sum or a share, nor the object that a list
    describes member by member ("had two cases, one for theft ...")."""
    if not token.like_num or token.ent_type_ in ("DATE", "TIME", "ORDINAL", "MONEY", "PERCENT"):
        return False
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.lower_ in ONE_PARTITION_NOT_UNITS:
        return False
    if opens or token.dep_ in ("nsubj", "nsubjpass"):
        return True
    return token.dep_ == "nummod" and token.head.dep_ in ("nsubj", "nsubjpass")


def _names_the_other(token: Token) -> bool:
    """ "another", "the other": the second of a pair the list describes one by one."""
    if token.lower_ == "another":
        return True
    return token.lower_ == "other" and token.i > 0 and token.doc[token.i - 1].lower_ == "the"
