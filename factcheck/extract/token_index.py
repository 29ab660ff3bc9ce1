"""The tokens of a Doc that have given words, found in one array per Doc.

Rules that look for a few words ("both", "himself", "wounded") walked every token of the
article, each making a Token object and reading its text (speed17). spaCy keeps each token's
lowercase form (and part of speech) as a number; ``doc.to_array`` reads them all at once, and
only the tokens with a wanted number become Tokens, in text order. Each is checked against the words again, so the
result is exactly the tokens a walk would keep.
"""

from __future__ import annotations

from collections.abc import Collection

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Token

_LOWERS = "factcheck_token_lowers"
_TAGS = "factcheck_token_tags"
_LEMMAS = "factcheck_token_lemmas"


def tokens_with_lower(doc: Doc, words: Collection[str]) -> list[Token]:
    """The tokens whose ``lower_`` is one of ``words``, in text order."""
    index = doc.user_data.get(_LOWERS)
    if index is None:
        lowers = doc.to_array(LOWER)
        index = doc.user_data[_LOWERS] = (lowers, set(lowers.tolist()))
    lowers, present = index
    wanted = {key for key in map(doc.vocab.strings.__getitem__, words) if key in present}
    positions = sorted(i for key in wanted for i in numpy.flatnonzero(lowers == key).tolist())
    found = [doc[i] for i in positions]
    return [token for token in found if token.lower_ in words]


def tokens_tagged(doc: Doc, pos: str) -> list[Token]:
    """The tokens whose ``pos_`` is ``pos`` ("PROPN"), in text order."""
    tags = doc.user_data.get(_TAGS)
    if tags is None:
        tags = doc.user_data[_TAGS] = doc.to_array(POS)
    found = [doc[i] for i in numpy.flatnonzero(tags == POS_IDS.get(pos, -1)).tolist()]
    return [token for token in found if token.pos_ == pos]


def tokens_with_lemma(doc: Doc, lemmas: Collection[str]) -> list[Token]:
    """The tokens whose ``lemma_.lower()`` is one of ``lemmas``, in text order."""
    index = doc.user_data.get(_LEMMAS)
    if index is None:
        index = doc.user_data[_LEMMAS] = _lemma_positions(doc)
    positions = sorted({i for lemma in lemmas for i in index.get(lemma, ())})
    found = [doc[i] for i in positions]
    return [token for token in found if token.lemma_.lower() in lemmas]


def _lemma_positions(doc: Doc) -> dict[str, list[int]]:
    """Each lowercased lemma of ``doc`` with its tokens' positions: asked of a few lemmas at
    a time, a lookup each (a numpy test of every token per question cost more; speed50).
    A lemma's case varies ("Kill" in a headline): each distinct lemma is lowered once."""
    strings = doc.vocab.strings
    lowered: dict[int, str] = {}
    positions: dict[str, list[int]] = {}
    for i, key in enumerate(doc.to_array(LEMMA).tolist()):
        if key not in lowered:
            lowered[key] = strings[key].lower()
        positions.setdefault(lowered[key], []).append(i)
    return positions


def tokens_with_dep(doc: Doc, dep: str) -> list[Token]:
    """The tokens whose ``dep_`` is ``dep`` ("neg"), in text order."""
    if dep not in doc.vocab.strings:
        return []
    deps = doc.to_array(DEP)
    found = [doc[i] for i in numpy.flatnonzero(deps == doc.vocab.strings[dep]).tolist()]
    return [token for token in found if token.dep_ == dep]
