"""A pair named again: "the two candidates", "our two countries" (issue 11). Pure.

"two" between a definite determiner and a noun that names the sides of a pair already in the
text picks them out again; it counts nothing checkable (realgold3, realgold12, realgold14,
realgold19, realgold20 golds: "anaphoric count"). With modifiers between ("the two Democratic
candidates", "their two leading candidates", "the two warring campaigns") the same holds where
the text has just named two people, places or bodies (realgold24 gold: "re-mention of a set
already named"), and no modifier picks a new set out of a larger one ("the two other states");
an appositive after a list is left to ``listed_sets``, which counts the names.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    MODIFIED_PAIR_DETERMINERS,
    MODIFIED_PAIR_NOT_NAMES,
    MODIFIED_PAIR_NOUNS,
    MODIFIED_PAIR_SELECTORS,
    NAMED_PAIR_CRIME_WORDS,
    PAIR_RE_MENTION_DETERMINERS,
    PAIR_RE_MENTION_NOUNS,
)

_MAX_MODIFIERS = 3
_SENTENCES_BACK = 3


def is_pair_re_mention(doc: Doc, start: int, end: int) -> bool:
    """True if tokens ``start:end`` are the "two" of "the two candidates", "our two nations"."""
    if end - start != 1 or start == 0 or end >= len(doc):
        return False
    token, prev, noun = doc[start], doc[start - 1], doc[end]
    if (
        token.lower_ == "two"
        and prev.lower_ in PAIR_RE_MENTION_DETERMINERS
        and noun.tag_ == "NNS"
        and noun.lemma_.lower() in PAIR_RE_MENTION_NOUNS
        and token.head.i == noun.i
    ):
        return True
    return _is_modified_pair_re_mention(doc, start)


def _is_modified_pair_re_mention(doc: Doc, start: int) -> bool:
    """ "the two Democratic candidates" after two names: modifiers between "two" and its noun."""
    token, prev = doc[start], doc[start - 1]
    if token.lower_ != "two" or prev.lower_ not in MODIFIED_PAIR_DETERMINERS:
        return False
    if start >= 2 and doc[start - 2].text == ",":
        return False  # "Kansas, Iowa and Utah, the two farm states": ``listed_sets`` counts
    noun = token.head
    between = doc[start + 1 : noun.i]
    if not (
        0 < len(between) <= _MAX_MODIFIERS
        and noun.tag_ in ("NNS", "NNPS")
        and noun.lemma_.lower() in MODIFIED_PAIR_NOUNS
        and all(describes_without_selecting(t, noun) for t in between)
    ):
        return False
    sent = token.sent
    if any(t.lemma_.lower() in NAMED_PAIR_CRIME_WORDS for t in sent):
        return False
    return names_before(doc, sent.start, start) >= 2


def describes_without_selecting(token: Token, noun: Token) -> bool:
    """A modifier of the pair's noun that does not pick a new set ("other", "last", "top").
    Asked also by ``named_pair_nouns``."""
    return (
        token.lower_ not in MODIFIED_PAIR_SELECTORS
        and token.tag_ not in ("JJS", "RBS", "CD")
        and (token.head.i == noun.i or noun.i > token.head.i > token.i)
        and token.dep_ in ("amod", "compound", "nmod", "advmod", "npadvmod")
    )


def names_before(doc: Doc, sent_start: int, end: int) -> int:
    """How many different names (people, places, bodies) the three sentences before
    ``sent_start`` and the sentence up to token ``end`` hold: runs of proper nouns or named
    entities, each by its last word (the tagger misses some surnames as entities)."""
    first = sent_start
    for _ in range(_SENTENCES_BACK):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    names = set()
    for i in range(first, end):
        if _is_name_word(doc[i]) and (i + 1 == end or not _is_name_word(doc[i + 1])):
            names.add(doc[i].lower_)
    return len(names)


def _is_name_word(token: Token) -> bool:
    if token.ent_type_:
        return token.ent_type_ not in MODIFIED_PAIR_NOT_NAMES
    return token.pos_ == "PROPN"
