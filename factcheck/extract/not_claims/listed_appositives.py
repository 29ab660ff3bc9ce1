"""A number in apposition to the list it counts: "Gwen Lee and Ann Roe, two TV hosts", "Tom
Abel, Ned Barr and Sam Cole ― three former cabinet members" (session 56, branch claims56). Pure.

After a list, an indefinite "two" or "three" before a plural noun says only how many names the
reader has just been given; it counts nothing a fact-checker could check (docs/gold-conventions.md
"Re-mentions": "people named one by one and re-mentioned" and "a set already listed" are not
claims; realgold32 gold: "women and blacks - two groups that have been essential for her",
"re-mention of a pair already named"). ``listed_sets`` reads the definite shape after named
places and bodies ("Florida or Ohio, the two primaries"); this one reads the bare number after
any list the parse joins ("A and B", "A, B and C"), people too, as the fresh PolNeAR texts write
it. Read only where the list holds exactly as many items as the number, the mark before the
number is a comma, a dash or a colon, and each word between the number and its noun describes
the listed items without picking a new set out of a larger one: "Tampa and Orlando, two other
diverse cities" stays a claim (realgold4 gold). Not in a sentence of a casualty or crime ("Tom
Lee and Ann Roe, two victims of the shooting": a counted status).

On the allowed articles: 3 changes on 3 articles, all right (realgold32 gold; two fresh PolNeAR
articles, "Gwen Ifill and Judy Woodruff, two PBS journalists", "Richard Armitage, Henry Paulson
and Brent Scowcroft ― three former ... big shots", judged by the conventions). PolNeAR, which
counts every number in attributed content, loses one matched figure (the realgold32 "two").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    LISTED_APPOSITIVE_MARKS,
    LISTED_SET_NUMBERS,
    MODIFIED_PAIR_SELECTORS,
    NAMED_PAIR_CASUALTY_WORDS,
    TIME_UNITS,
)

# "three former George W. Bush administration big shots": an appositive may describe at length
_MAX_MODIFIERS = 7
# describing words between the number and its noun: adjectives, nouns and names ("former
# George W. Bush administration big shots"); not superlatives, numbers or verbs
_DESCRIBING_TAGS = frozenset({"JJ", "JJR", "NN", "NNP", "VBN", "HYPH"})


def is_listed_appositive(doc: Doc, start: int, end: int) -> bool:
    """True if tokens ``start:end`` are the "two" of "Gwen Lee and Ann Roe, two TV hosts"."""
    if end - start != 1 or start < 4:
        return False
    size = LISTED_SET_NUMBERS.get(doc[start].lower_)
    if size is None or doc[start - 1].text not in LISTED_APPOSITIVE_MARKS:
        return False
    if _items_listed(doc[start - 2]) != size:
        return False
    noun = _plural_noun(doc, start)
    if noun is None:
        return False
    return not any(_tells_of_a_casualty(t) for t in doc[start].sent)


def _items_listed(last: Token) -> int:
    """How many items a coordination ending at ``last`` joins ("A, B and C" = 3), or 0 when
    ``last`` closes no list or the list goes on after it. Names are counted off the surface,
    as the parse hangs a list before a dash anywhere; other nouns by the parse ("women and
    veterans")."""
    names = _names_listed(last.doc, last.i)
    if names:
        return names
    items = last.conjuncts
    if items and all(item.i < last.i for item in items):
        return len(items) + 1
    return 0


def _names_listed(doc: Doc, end: int) -> int:
    """How many runs of proper nouns "<name>[, <name>...][,] and|or <name>" ending at token
    ``end`` holds, or 0."""
    count, i = 0, end
    while True:
        if not _is_name(doc[i]):
            return 0
        while i > 0 and _is_name(doc[i - 1]):
            i -= 1
        count += 1
        i -= 1
        if i < 1:
            return count if count > 1 else 0
        if doc[i].lower_ in ("and", "or") and count == 1:
            i -= 1 if doc[i - 1].text != "," else 2
        elif doc[i].text == "," and count > 1:
            i -= 1
        else:
            return count if count > 1 else 0


def _is_name(token: Token) -> bool:
    return token.tag_ in ("NNP", "NNPS") or (
        token.text == "." and token.i > 0 and len(token.doc[token.i - 1]) == 1
    )


def _plural_noun(doc: Doc, start: int) -> Token | None:
    """The plural noun the number counts, read off the surface (the parse may hang the number
    on a name inside the phrase), with only describing words between; else None."""
    for token in doc[start + 1 : min(start + 2 + _MAX_MODIFIERS, len(doc))]:
        if token.tag_ in ("NNS", "NNPS"):
            return None if token.lemma_.lower() in TIME_UNITS else token  # "Lee, two days later"
        if token.tag_ not in _DESCRIBING_TAGS or token.lower_ in MODIFIED_PAIR_SELECTORS:
            return None  # "two other diverse cities": a new set picked out of a larger one
    return None


def _tells_of_a_casualty(token: Token) -> bool:
    """A casualty or crime word, by its lemma or as written."""
    return (
        token.lemma_.lower() in NAMED_PAIR_CASUALTY_WORDS
        or token.lower_ in NAMED_PAIR_CASUALTY_WORDS
    )
