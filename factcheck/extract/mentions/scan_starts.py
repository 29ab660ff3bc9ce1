"""The per-Doc prefilter of ``find_mentions``: which tokens may start a mention at all. Pure.

Only words of ``SCAN_WORDS``, numerals and glued fractions ("2½") are asked the two per-token
tests (``fraction_end``, ``starts_number``): 95% of tokens are neither (speedA). The list must
stay complete for both tests; ``tests/extract/test_prefilters.py`` checks it on every token of
the seeds and development articles.
"""

from __future__ import annotations

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
    extraction (speed50). Only a word that opens with a digit and is no numeral becomes a
    Token, for the fraction test, which reads its neighbour.
    """
    strings = doc.vocab.strings
    scanned: dict[int, bool] = {}  # lowercase form -> in SCAN_WORDS
    kinds: dict[int, str] = {}  # verbatim form -> _digit_kind
    starts = []
    lowers, orths = doc.to_array(LOWER).tolist(), doc.to_array(ORTH).tolist()
    for i, (lower, orth) in enumerate(zip(lowers, orths, strict=True)):
        if lower not in scanned:
            scanned[lower] = strings[lower] in SCAN_WORDS
        if orth not in kinds:
            kinds[orth] = _digit_kind(strings[orth])
        kind = kinds[orth]
        starts.append(
            scanned[lower]
            or kind == "numeral"
            or (kind == "digit" and glued_fraction_start(doc[i]))
        )
    return starts


def _digit_kind(text: str) -> str:
    """ "numeral" for a numeral ("240", "HK$400"), "digit" for another word opening with a
    digit ("2½"), else ""."""
    if is_numeral_text(text):
        return "numeral"
    return "digit" if text[:1].isdigit() else ""
