"""The per-Doc prefilter of ``find_mentions``: which tokens may start a mention at all. Pure.

Only words of ``SCAN_WORDS``, numerals and glued fractions ("2½") are asked the two per-token
tests (``fraction_end``, ``starts_number``): 95% of tokens are neither (speedA). The list must
stay complete for both tests; ``tests/extract/test_prefilters.py`` checks it on every token of
the seeds and development articles.
"""

from __future__ import annotations

from functools import cache

import numpy
from spacy.attrs import LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc

from factcheck.extract.lexicon import NUMBER_WORDS, ONCE_WORDS, SCALE_WORDS
from factcheck.extract.mentions.number_runs import glued_fraction_start
from factcheck.extract.mentions.quantities import is_numeral_text
from factcheck.extract.mentions.share_fractions import FRACTION_STARTS

# The words that can start a mention in find_mentions' scan, so the two per-token tests are
# asked only of them and of numerals (speedA: 95% of tokens are neither). Complete:
# share_fractions' _share_fraction_end returns 0 unless the word is in FRACTION_STARTS or a
# spelled number (NUMBER_WORDS, SCALE_WORDS); number_runs' starts_number is False unless the
# token is a numeral, a century fraction (starts "a", "an", "half") or in its branches' words:
# "a", "an", "half", "quarter", ONCE_WORDS, "dozen", NUMBER_WORDS.
SCAN_WORDS = frozenset(
    {*FRACTION_STARTS, *NUMBER_WORDS, *SCALE_WORDS, *ONCE_WORDS, "quarter", "dozen"}
)


def scan_starts(doc: Doc) -> list[bool]:
    """For each token of ``doc``: may a mention start there? A word of ``SCAN_WORDS``, a
    numeral ("240", "HK$400") or a glued fraction ("2½").

    Read from spaCy's arrays of each token's lowercase and verbatim form, each distinct form
    tested once: a Token made for every word of the article, to read its two forms, was 5% of
    extraction (speed50); a Python step per token, to look its forms up, and reading each
    form's string still 3% (speed60), so the words are matched by their keys, each form's
    kind is kept for the process, and the starts are marked over the arrays at once. Only a
    word that opens with a digit and is no numeral becomes a Token, for the fraction test,
    which reads its neighbour.
    """
    lowers, orths = doc.to_array(LOWER), doc.to_array(ORTH)
    kinds = _digit_kinds(doc, set(orths.tolist()))
    numerals = [key for key, kind in kinds.items() if kind == "numeral"]
    starts = numpy.isin(lowers, _scan_word_keys()) | numpy.isin(
        orths, numpy.array(numerals, dtype=orths.dtype)
    )
    digits = numpy.array([key for key, kind in kinds.items() if kind == "digit"], orths.dtype)
    for i in numpy.flatnonzero(numpy.isin(orths, digits) & ~starts).tolist():
        starts[i] = glued_fraction_start(doc[i])
    return starts.tolist()


@cache
def _scan_word_keys() -> numpy.ndarray:
    """The string keys of ``SCAN_WORDS``, as spaCy's arrays hold them: a key is the string's
    hash, the same in every vocabulary."""
    return numpy.array(sorted(map(get_string_id, SCAN_WORDS)), dtype=numpy.uint64)


# Each verbatim form's ``_digit_kind`` by its string key, kept for the process: reading a
# form's string from the vocabulary cost more than testing it, and the same forms recur in
# every article. A key is the hash of its string, so the answer never goes stale; the cache
# is emptied when it grows past ``_KINDS_KEPT`` forms.
_KINDS: dict[int, str] = {}
_KINDS_KEPT = 200_000


def _digit_kinds(doc: Doc, keys: set[int]) -> dict[int, str]:
    """``_digit_kind`` of each verbatim form key of ``doc``."""
    if len(_KINDS) > _KINDS_KEPT:
        _KINDS.clear()
    strings = doc.vocab.strings
    kinds = {}
    for key in keys:
        kind = _KINDS.get(key)
        if kind is None:
            kind = _KINDS[key] = _digit_kind(strings[key])
        kinds[key] = kind
    return kinds


def _digit_kind(text: str) -> str:
    """ "numeral" for a numeral ("240", "HK$400"), "digit" for another word opening with a
    digit ("2½"), else ""."""
    if is_numeral_text(text):
        return "numeral"
    return "digit" if text[:1].isdigit() else ""
