"""quantulum3's units regex with its unit spellings as a trie: the same matches, 50x faster.

quantulum3 finds units with one regex whose unit alternation lists its ~1,900 spellings longest
first (``quantulum3.regex.units_regex``). Python's regex engine tries an alternation's branches
one by one, so every position of every text tries all of them, eight times over: about 1 ms
for "3 hours" and 3-5 ms for "3 people", the one-word question ``find_unit_word`` asks for
most figures (40% of the rules' time in a profile of 109 articles).

Here the spellings form a trie, ``(?:h(?:ours|our|r|)|...)``, longer continuations before a
spelling's end at every node. The spellings that match at one position of a text are all
prefixes of what follows it, so they lie on one path of the trie and the trie tries them in
the same order, longest first, as the flat list does. Spellings of one length match the same
characters, so which of them the flat list tries first changes nothing. The regex therefore
finds exactly the matches and groups quantulum3's own finds.

The trie holds the ASCII spellings in lower case (the regex ignores case), so it serves ASCII
texts; no non-ASCII spelling matches an ASCII character even ignoring case. Other texts get
quantulum3's own regex. Both live in quantulum3's language cache, so they are dropped when it
drops its units (custom units added).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Iterator
from typing import Any

with warnings.catch_warnings():
    # quantulum3 warns at import that its optional classifier (scikit-learn) is missing.
    warnings.simplefilter("ignore")
    from quantulum3 import load as _qload
    from quantulum3 import parser as _qparser
    from quantulum3 import regex as _qregex

# quantulum3.regex.units_regex (0.10.0) with its alternations left as slots; the test
# tests/extract/test_unit_regex.py checks that the flat spellings rebuild quantulum3's pattern.
UNITS_PATTERN = r"""
        (?<!\w)                                     # "begin" of word
        (?P<prefix>(?:%s)(?![a-zA-Z]))?         # Currencies, mainly
        (?P<value>%s)-?                           # Number
        (?:(?P<operator1>%s(?=(%s)%s))?(?P<unit1>(?:%s)%s)?)    # Operator + Unit (1)
        (?:(?P<operator2>%s(?=(%s)%s))?(?P<unit2>(?:%s)%s)?)    # Operator + Unit (2)
        (?:(?P<operator3>%s(?=(%s)%s))?(?P<unit3>(?:%s)%s)?)    # Operator + Unit (3)
        (?:(?P<operator4>%s(?=(%s)%s))?(?P<unit4>(?:%s)%s)?)    # Operator + Unit (4)
        (?!\w)                                      # "end" of word
    """


def unit_spellings(lang: str) -> tuple[list[str], list[str]]:
    """quantulum3's unit spellings and prefix symbols, longest first, as its regex lists them."""
    units = _qload.units(lang)
    unit_keys = sorted([*units.surfaces.keys(), *units.symbols.keys()], key=len, reverse=True)
    symbol_keys = sorted(units.prefix_symbols.keys(), key=len, reverse=True)
    return unit_keys, symbol_keys


def units_pattern(lang: str, units: str, symbols: str) -> str:
    """quantulum3's units pattern with these alternations of unit spellings and symbols."""
    operators = "|".join(
        re.escape(key) for key in sorted(_qregex.operators(lang), key=len, reverse=True)
    )
    exponent = _qregex.exponents_regex(lang).format(
        superscripts=_qregex.unicode_superscript_regex()
    )
    return UNITS_PATTERN % tuple(
        [symbols, _qregex.range_pattern(lang)] + 4 * [operators, units, exponent, units, exponent]
    )


def flat_alternation(keys: Iterable[str]) -> str:
    """The alternation quantulum3 writes: every spelling escaped, in the given order."""
    return "|".join(re.escape(key) for key in keys)


def trie_alternation(keys: Iterable[str]) -> str:
    """An alternation of ``keys`` as a trie that tries longer keys first along every path."""
    trie: dict[str, Any] = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}  # a key ends here
    return _emit(trie) or "(?!)"


def _emit(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _emit(child) for char, child in node.items() if char]
    if not branches:
        return ""
    if "" in node:
        branches.append("")  # ending here is tried after every longer key
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


@_qload.cached
def trie_units_regex(lang: str = "en_US") -> re.Pattern[str]:
    """quantulum3's units regex for ASCII texts, its unit spellings as tries."""
    unit_keys, symbol_keys = unit_spellings(lang)

    def ascii_lower(keys: list[str]) -> list[str]:
        return sorted({key.lower() for key in keys if key.isascii()})

    pattern = units_pattern(
        lang, trie_alternation(ascii_lower(unit_keys)), trie_alternation(ascii_lower(symbol_keys))
    )
    return re.compile(pattern, re.VERBOSE | re.IGNORECASE)


class _UnitsRegex:
    """What quantulum3's parser asks of its units regex (``finditer``), per text."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if text.isascii():
            return trie_units_regex(self.lang).finditer(text)
        return _qregex.units_regex(self.lang).finditer(text)


class _RegexModule:
    """quantulum3's ``regex`` module as its parser sees it, with the trie units regex."""

    def __init__(self, module: Any) -> None:
        self._module = module

    def units_regex(self, lang: str = "en_US") -> _UnitsRegex:
        return _UnitsRegex(lang)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._module, name)


def install() -> None:
    """Make quantulum3's parser find units with the trie regex (idempotent)."""
    if not isinstance(_qparser.reg, _RegexModule):
        _qparser.reg = _RegexModule(_qregex)
