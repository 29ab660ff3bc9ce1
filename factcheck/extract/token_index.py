"""The tokens of a Doc that have given words, found in one array per Doc.

Rules that look for a few words ("both", "himself", "wounded") walked every token of the
article, each making a Token object and reading its text (speed17). spaCy keeps each token's
lowercase form (and part of speech) as a number; ``doc.to_array`` reads them all at once, and
only the tokens with a wanted number become Tokens, in text order. Each is checked against the words again, so the
result is exactly the tokens a walk would keep.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection

import numpy
from spacy.attrs import DEP, IS_TITLE, LEMMA, LOWER, POS, TAG
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token

_LOWERS = "factcheck_token_lowers"
_TAGS = "factcheck_token_tags"
_LEMMAS = "factcheck_token_lemmas"
_IN_SPANS = "factcheck_token_positions"
_DEPS_IN_SPANS = "factcheck_dep_positions"
# the keys of each word list asked, by the list (``_keys_of``)
_KEYS: dict[Collection[str], set[int]] = {}


def tokens_with_lower(doc: Doc, words: Collection[str]) -> list[Token]:
    """The tokens whose ``lower_`` is one of ``words``, in text order."""
    index = doc.user_data.get(_LOWERS)
    if index is None:
        lowers = doc.to_array(LOWER)
        index = doc.user_data[_LOWERS] = (lowers, set(lowers.tolist()))
    lowers, present = index
    wanted = _keys_of(doc, words) & present
    positions = sorted(i for key in wanted for i in numpy.flatnonzero(lowers == key).tolist())
    found = [doc[i] for i in positions]
    return [token for token in found if token.lower_ in words]


def _keys_of(doc: Doc, words: Collection[str]) -> set[int]:
    """The string-store keys of ``words``: a string's key is its hash whatever the vocabulary
    holds, so a frozenset or tuple of words (the lexicon's) is hashed once per process."""
    if isinstance(words, frozenset | tuple):
        keys = _KEYS.get(words)
        if keys is None:
            keys = _KEYS[words] = set(map(doc.vocab.strings.__getitem__, words))
        return keys
    return set(map(doc.vocab.strings.__getitem__, words))


def _positions_of(values: numpy.ndarray, keys: Collection[int]) -> list[int]:
    """The positions whose value is one of ``keys``, in order: one comparison per key (for the
    few keys asked, ``numpy.isin`` cost several times more to set up; speed55)."""
    mask = numpy.zeros(len(values), dtype=bool)
    for key in keys:
        mask |= values == key
    return numpy.flatnonzero(mask).tolist()


def tokens_tagged(doc: Doc, pos: str) -> list[Token]:
    """The tokens whose ``pos_`` is ``pos`` ("PROPN"), in text order."""
    tags = doc.user_data.get(_TAGS)
    if tags is None:
        tags = doc.user_data[_TAGS] = doc.to_array(POS)
    found = [doc[i] for i in numpy.flatnonzero(tags == POS_IDS.get(pos, -1)).tolist()]
    return [token for token in found if token.pos_ == pos]


def tokens_with_tag(doc: Doc, tags: Collection[str]) -> list[Token]:
    """The tokens whose fine-grained ``tag_`` is one of ``tags`` ("NNP"), in text order."""
    found = [doc[i] for i in _positions_of(doc.to_array(TAG), _keys_of(doc, tags))]
    return [token for token in found if token.tag_ in tags]


def title_tokens(doc: Doc) -> list[Token]:
    """The tokens whose ``is_title`` holds ("Tiggs", "Ann"), in text order."""
    found = [doc[i] for i in numpy.flatnonzero(doc.to_array(IS_TITLE)).tolist()]
    return [token for token in found if token.is_title]


def tokens_with_lemma(doc: Doc, lemmas: Collection[str]) -> list[Token]:
    """The tokens whose ``lemma_.lower()`` is one of ``lemmas``, in text order."""
    index = doc.user_data.get(_LEMMAS)
    if index is None:
        index = doc.user_data[_LEMMAS] = _lemma_positions(doc)
    if len(lemmas) > len(index):  # the fewer of the two walked: the same positions
        positions = sorted({i for lemma, at in index.items() if lemma in lemmas for i in at})
    else:
        positions = sorted({i for lemma in lemmas for i in index.get(lemma, ())})
    found = [doc[i] for i in positions]
    return [token for token in found if token.lemma_.lower() in lemmas]


def _lemma_positions(doc: Doc) -> dict[str, list[int]]:
    """Each lowercased lemma of ``doc`` with its tokens' positions: asked of a few lemmas at
    a time, a lookup each (a numpy test of every token per question cost more; speed50).
    A lemma's case varies ("Kill" in a headline): each distinct lemma is lowered once. The
    tokens are grouped by lemma in numpy (a stable sort keeps each group in text order), not
    one dictionary step per token (speed69)."""
    keys = doc.to_array(LEMMA)
    if not len(keys):
        return {}
    order = numpy.argsort(keys, kind="stable")
    ranked = keys[order]
    cuts = (numpy.flatnonzero(ranked[1:] != ranked[:-1]) + 1).tolist()
    strings = doc.vocab.strings
    in_order = order.tolist()
    positions: dict[str, list[int]] = {}
    for start, end in zip([0, *cuts], [*cuts, len(keys)], strict=True):
        lemma = strings[int(ranked[start])].lower()
        found = in_order[start:end]
        known = positions.get(lemma)
        positions[lemma] = found if known is None else sorted(known + found)
    return positions


def tokens_with_dep(doc: Doc, dep: str) -> list[Token]:
    """The tokens whose ``dep_`` is ``dep`` ("neg"), in text order."""
    if dep not in doc.vocab.strings:
        return []
    deps = doc.to_array(DEP)
    found = [doc[i] for i in numpy.flatnonzero(deps == doc.vocab.strings[dep]).tolist()]
    return [token for token in found if token.dep_ == dep]


def tokens_with_deps(doc: Doc, deps: Collection[str]) -> list[Token]:
    """The tokens whose ``dep_`` is one of ``deps`` ("dobj", "nsubj"), in text order."""
    found = [doc[i] for i in _positions_of(doc.to_array(DEP), _keys_of(doc, deps))]
    return [token for token in found if token.dep_ in deps]


def span_tokens_with_lower(span: Span, words: frozenset[str] | tuple[str, ...]) -> list[Token]:
    """The tokens of ``span`` whose ``lower_`` is one of ``words``, in text order: asked per
    figure of a sentence, the Doc's positions of ``words`` are found once per Doc."""
    doc = span.doc
    kept: dict[Collection[str], list[int]] = doc.user_data.setdefault(_IN_SPANS, {})
    positions = kept.get(words)
    if positions is None:
        positions = kept[words] = [token.i for token in tokens_with_lower(doc, words)]
    first, last = bisect_left(positions, span.start), bisect_left(positions, span.end)
    return [doc[i] for i in positions[first:last]]


def span_tokens_with_dep(span: Span, dep: str) -> list[Token]:
    """The tokens of ``span`` whose ``dep_`` is ``dep``, in text order: asked per figure of a
    sentence, the Doc's positions of ``dep`` are found once per Doc (speed69)."""
    doc = span.doc
    kept: dict[str, list[int]] = doc.user_data.setdefault(_DEPS_IN_SPANS, {})
    positions = kept.get(dep)
    if positions is None:
        positions = kept[dep] = [token.i for token in tokens_with_dep(doc, dep)]
    first, last = bisect_left(positions, span.start), bisect_left(positions, span.end)
    return [doc[i] for i in positions[first:last]]
