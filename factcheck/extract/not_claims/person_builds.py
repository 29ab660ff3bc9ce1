"""A person's height and weight in a description: "Banks is a black male, 6-feet-1-inch tall and
about 220 pounds", "She is 5 feet 4 inches tall" (session 55, branch notclaim55). Pure.

A wanted person's or a victim's build describes them, as an age does ("a 34-year-old"): the
gold README lists ages used as descriptors among the not-claims, and realgold6's gold writes
the height and the weight of a wanted man so ("descriptor (a wanted person's height, like an
age)", "... weight, like an age"). Read only of a person: the subject of "tall" is a name, a
pronoun or a person noun; "the fence is 30 feet tall" measures a thing and stays a claim. The
weight counts as the build when it stands beside such a height or after "weighing" a person.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    BUILD_HEIGHT_WORDS,
    BUILD_PERSON_NOUNS,
    BUILD_VERBS,
    BUILD_WEIGHT_UNITS,
)

# how far "tall" may stand after the number ("6 - feet - 1 - inch tall") and a height before
# the weight ("6-feet-1-inch tall and about 220 pounds")
_HEIGHT_REACH = 8
_WEIGHT_REACH = 10
# how many steps up the parse from "tall" a person may stand
_CLIMB = 4


def is_person_build(doc: Doc, start: int, end: int) -> bool:
    """True if the number at tokens ``start:end`` is a person's height or weight."""
    tall = _tall_after(doc, start)
    if tall is not None:
        return _of_a_person(tall)
    unit = doc[end - 1] if doc[end - 1].lower_ in BUILD_WEIGHT_UNITS else None
    if unit is None and end < len(doc) and doc[end].lower_ in BUILD_WEIGHT_UNITS:
        unit = doc[end]
    if unit is None:
        return False
    sent_start = doc[start].sent.start
    for token in reversed(doc[max(sent_start, start - _WEIGHT_REACH) : start]):
        if token.lower_ == "tall":
            return _of_a_person(token)  # "6-feet-1-inch tall and about 220 pounds"
        if token.lemma_.lower() == "weigh":
            # "he weighed 300 pounds", "a man, weighing about 180 pounds, fled"
            return _person(_subject(token)) or _person(token.head) or _person(_subject(token.head))
    return False


def _tall_after(doc: Doc, start: int) -> Token | None:
    """The "tall" that a height starting at ``start`` runs to, through its units and numbers."""
    for token in doc[start + 1 : min(start + 1 + _HEIGHT_REACH, len(doc))]:
        if token.lower_ == "tall":
            return token
        if not _height_piece(token):
            return None
    return None


def _height_piece(token: Token) -> bool:
    """ "6", "feet", "-", "feet-1" (the tokenizer keeps "feet-1" of "6-feet-1-inch" whole)."""
    parts = [p for p in token.lower_.split("-") if p]
    return not parts or all(p.isdigit() or p in BUILD_HEIGHT_WORDS or p in "'\"" for p in parts)


def _of_a_person(tall: Token) -> bool:
    """ "Banks is ... tall", "a man about 6 feet tall", "she is 5 feet tall", "the suspect
    was described as 5 feet 10 inches tall": a person on the way up from "tall", or the
    subject of a verb on it."""
    token = tall
    for _ in range(_CLIMB):
        if _person(token) or token.lemma_.lower() in BUILD_VERBS and _person(_subject(token)):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _person(token: Token | None) -> bool:
    if token is None:
        return False
    return (
        token.ent_type_ == "PERSON"
        or token.lower_ in ("he", "she")
        or token.lemma_.lower() in BUILD_PERSON_NOUNS
    )
