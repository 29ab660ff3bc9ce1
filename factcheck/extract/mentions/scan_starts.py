"""The per-Doc prefilter of ``find_mentions``: which tokens may start a mention at all. Pure.

Only words of ``SCAN_WORDS``, numerals and glued fractions ("2½") are asked the two per-token
tests (``fraction_end``, ``starts_number``): 95% of tokens are neither (speedA). The list must
stay complete for both tests; ``tests/extract/test_prefilters.py`` checks it on every token of
the seeds and development articles.
"""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.attrs import LOWER, ORTH
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
    extraction (speed50); a Python step per token, to look its forms up, still 3% (speed60),
    so the forms found are marked over the arrays at once. Only a word that opens with a digit
    and is no numeral becomes a Token, for the fraction test, which reads its neighbour.
    """
    strings = doc.vocab.strings
    lowers, orths = doc.to_array(LOWER), doc.to_array(ORTH)
    scanned = [key for key in set(lowers.tolist()) if strings[key] in SCAN_WORDS]
    kinds = {key: _digit_kind(strings[key]) for key in set(orths.tolist())}
    starts = numpy.isin(lowers, _keys(scanned, lowers.dtype)) | numpy.isin(
        orths, _keys([key for key, kind in kinds.items() if kind == "numeral"], orths.dtype)
    )
    digits = _keys([key for key, kind in kinds.items() if kind == "digit"], orths.dtype)
    for i in numpy.flatnonzero(numpy.isin(orths, digits) & ~starts).tolist():
        starts[i] = glued_fraction_start(doc[i])
    return starts.tolist()


def _keys(keys: list[int], dtype: numpy.dtype) -> numpy.ndarray:
    """String keys as an array of the Doc's own type (a list of Python ints may become
    int64 or float, and compare wrongly with spaCy's uint64 keys)."""
    return numpy.array(keys, dtype=dtype)


@lru_cache(maxsize=65_536)
def _digit_kind(text: str) -> str:
    """ "numeral" for a numeral ("240", "HK$400"), "digit" for another word opening with a
    digit ("2½"), else "". Kept per process: the same words recur in every article."""
    if is_numeral_text(text):
        return "numeral"
    return "digit" if text[:1].isdigit() else ""
