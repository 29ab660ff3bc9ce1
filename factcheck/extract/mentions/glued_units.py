"""A figure written glued to its scale word or unit: "$50million", "45percent", "16ounces". Pure.

Copy typed in haste or squeezed into a headline drops the space between the digits and the
word after them ("a $50million deal", "45percent of voters", "sodas over 16ounces"). spaCy's
tokenizer splits its own short units off a number ("5ft", "10km") but keeps these words on it,
so "50million" is no numeral and the figure is not read at all. Splitting the word off as a
suffix gives the tokens of "$50 million", "45 percent", "16 ounces", which the numbers
component reads as any spaced figure; the text itself is never changed, so the figure's text is
still "$50million", and ``unglue`` gives the value parser its words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from re import Pattern

from spacy.tokens import Doc
from spacy.util import compile_suffix_regex

from factcheck.extract.doctext import doc_text
from factcheck.extract.lexicon import CURRENCY_SYMBOLS, GLUED_UNIT_WORDS

# a word of GLUED_UNIT_WORDS, in any case, right after a digit, at the end of a token
GLUED_UNIT_SUFFIXES = (
    r"(?<=[0-9])(?i:" + "|".join(sorted(GLUED_UNIT_WORDS, key=len, reverse=True)) + ")",
)
# "us$50", "16", "5.5" (currency, digits) then the letters glued to them: "$50million" -> "$50"
# "million"; the numeral pattern of ``quantities`` is asked first, so "300k", "$2.5bn" stay whole
_CURRENCY = "|".join(re.escape(c) for c in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
_GLUED_WORD_RE = re.compile(
    rf"^(?P<number>(?:{_CURRENCY})?(?:\d[\d,]*(?:\.\d+)?|\.\d+))(?P<word>[a-z]+)$"
)


def glued_unit_suffixes(suffixes: Sequence[str | Pattern[str]]) -> Pattern[str]:
    """The suffix regex that splits "50million" into "50 million" and "16ounces" into "16
    ounces" (a tokenizer's ``search``).

    Args:
        suffixes: the language's own suffix patterns (``nlp.Defaults.suffixes``).
    """
    return compile_suffix_regex([*suffixes, *GLUED_UNIT_SUFFIXES])


def unglue(word: str) -> list[str]:
    """A figure's word with its number and the letters glued to it apart: "$50million" ->
    ["$50", "million"], "5ft" -> ["5", "ft"]; any other word alone.

    Args:
        word: one lower-case word of a figure's text that the numeral pattern does not read.
    """
    match = _GLUED_WORD_RE.match(word)
    return [match.group("number"), match.group("word")] if match else [word]


# "$3m.", "300K.", "$5B." at the end of a sentence: a scale letter glued to the digits, then the
# full stop. spaCy keeps the stop on the letter ("m." is its abbreviation of a lower-case
# initial; "300K." an upper-case word it does not split), so the figure's token is no numeral.
_FINAL_SCALE_RE = re.compile(r"(?<=[0-9])[KMBkmb]\.")


def split_final_scales(doc: Doc) -> Doc:
    """Split the full stop off a scale letter glued to a figure: "$3m." -> "$", "3", "m", ".";
    "300K." -> "300K", ".". A text with none is returned as it is, after one search of its
    text; one with some as a new Doc of the same text.

    Args:
        doc: a Doc fresh from the tokenizer, before the tagger and parser.
    """
    stops = []
    for match in _FINAL_SCALE_RE.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or len(span) != 1:
            continue
        token = span[0]
        if len(token) > 1 and token.idx + len(token) == match.end():
            stops.append(token)
    if not stops:
        return doc
    # a new Doc of the same words, not a retokenizer split: a split leaves dependency heads
    # the parser then builds on (a loop in the tree, once)
    cut = {token.i for token in stops}
    words: list[str] = []
    spaces: list[bool] = []
    for token in doc:
        if token.i in cut:
            words += [token.text[:-1], "."]
            spaces += [False, bool(token.whitespace_)]
        else:
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
    split = Doc(doc.vocab, words=words, spaces=spaces)
    split.user_data.update(doc.user_data)
    return split
