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
finds exactly the matches and groups quantulum3's own finds with its operators in the same
order (``units_pattern``).

The trie holds the ASCII spellings in lower case (the regex ignores case), so it serves ASCII
texts; no non-ASCII spelling matches an ASCII character even ignoring case. Other texts get
quantulum3's own regex with its spellings of one length in a fixed order (``flat_units_regex``).
Both live in quantulum3's language cache, so they are dropped when it drops its units (custom
units added).

Compiling them still takes ``re`` 0.4-0.55 s (the trie) and 0.6-0.8 s (the flat list, on the
first text with a non-ASCII character), so their compiled programs are kept on disk
(``factcheck.regex_cache``, keyed by the exact pattern): a process after the first builds the
patterns (milliseconds) and loads the programs for them. For that every part quantulum3 builds
in the order of a set (which follows the string hash seed) is put in a fixed order
(``units_pattern``): the units regexes now find the same in every process.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from factcheck.regex_cache import compile_cached

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

# quantulum3.regex.range_pattern (0.10.0): a number, or two joined by a range or an uncertainty.
RANGE_PATTERN = r"""                        # Pattern for a range of numbers

    (?:                                    # First number
        (?<![a-zA-Z0-9+.-])                # lookbehind, avoid "Area51"
        %s
    )
    (?:                                    # Second number
        \ ?(?:(?:-\ )?(?:%s|%s))\ ?  # Group for ranges or uncertainties
    %s)?

    """


def unit_spellings(lang: str) -> tuple[list[str], list[str]]:
    """quantulum3's unit spellings and prefix symbols, longest first, as its regex lists them.

    Only the spellings it loaded: its dictionaries are defaultdicts, and naming the unit of a
    match looks the matched text up in them (``disambiguate_unit``), which adds that text as a
    key with no unit ("3 TA" adds "ta"). Such a key is a case variant of a loaded spelling, so
    under the regex's IGNORECASE it matches nothing more; left in, it would only make the
    pattern depend on what the process parsed before (and its kept program never be found).
    """
    units = _qload.units(lang)
    loaded = [key for key, found in [*units.surfaces.items(), *units.symbols.items()] if found]
    unit_keys = sorted(loaded, key=len, reverse=True)
    symbol_keys = sorted(
        (key for key, found in units.prefix_symbols.items() if found), key=len, reverse=True
    )
    return unit_keys, symbol_keys


def units_pattern(lang: str, units: str, symbols: str, *, fixed_order: bool = False) -> str:
    """quantulum3's units pattern with these alternations of unit spellings and symbols.

    quantulum3 writes several of its small alternations ("to|-|plus or minus", the operators
    " per |/|x", the grouping characters) in the order of a set, which follows the process's
    string hash seed. In the range pattern's no two members match at one place and then both
    succeed (" " and " times " both start "3 times 10^6", but after " " the pattern needs an
    exponent), so their order changes no match. The operators' order does: quantulum3's
    template writes them ungrouped before the lookahead for a unit, so only the operator listed
    last must be followed by a unit, and which one that is follows the seed ("3 tax" reads as
    3 "ta" times "x" in some processes and as a bare 3 in others). ``fixed_order`` sorts each,
    longest first and then alphabetically ("·" last), so the units regexes find the same in
    every process, as quantulum3 does in the processes that list "·" last, and their compiled
    programs can be kept (``factcheck.regex_cache``). The extract output of all 1,069 corpus
    articles did not change (docs/benchmarks.md, session 39).
    """
    order = _fixed_order if fixed_order else list
    operators = flat_alternation(order(sorted(_qregex.operators(lang), key=len, reverse=True)))
    exponent = _qregex.exponents_regex(lang).format(
        superscripts=_qregex.unicode_superscript_regex()
    )
    return UNITS_PATTERN % tuple(
        [symbols, _range_pattern(lang, order)] + 4 * [operators, units, exponent, units, exponent]
    )


def _fixed_order(keys: Iterable[str]) -> list[str]:
    return sorted(keys, key=lambda key: (-len(key), key))


def _range_pattern(lang: str, order: Callable[[Iterable[str]], list[str]]) -> str:
    """``quantulum3.regex.range_pattern`` with its set-built parts put in ``order``."""
    number = _qregex.NUM_PATTERN.format(
        number=":",
        decimals=":",
        scale=":",
        base=":",
        exponent=":",
        fraction=":",
        grouping="".join(order(_qregex.grouping_operators(lang))),
        multipliers="|".join(
            re.escape(key) for key in order(_qregex.multiplication_operators(lang))
        ),
        superscript=_qregex.unicode_superscript_regex(),
        unicode_fract=_qregex.unicode_fractions_regex(),
        decimal_operators="".join(order(_qregex.decimal_operators(lang))),
    )
    ranges = "|".join(order(_qregex.ranges(lang)))
    uncertainties = "|".join(order(_qregex.uncertainties(lang)))
    return RANGE_PATTERN % (number, ranges, uncertainties, number)


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

    return _compiled(
        lang, trie_alternation(ascii_lower(unit_keys)), trie_alternation(ascii_lower(symbol_keys))
    )


@_qload.cached
def flat_units_regex(lang: str = "en_US") -> re.Pattern[str]:
    """quantulum3's units regex for any text, its spellings of one length in a fixed order.

    quantulum3 lists spellings longest first and those of one length as its dictionaries hold
    them; spellings of one length match the same characters, so their order changes no match.
    """
    unit_keys, symbol_keys = unit_spellings(lang)
    return _compiled(
        lang, flat_alternation(_fixed_order(unit_keys)), flat_alternation(_fixed_order(symbol_keys))
    )


def _compiled(lang: str, units: str, symbols: str) -> re.Pattern[str]:
    """The units pattern with these alternations, in the fixed order, compiled (or its kept
    program loaded) with quantulum3's flags."""
    pattern = units_pattern(lang, units, symbols, fixed_order=True)
    return compile_cached(pattern, re.VERBOSE | re.IGNORECASE)


class _UnitsRegex:
    """What quantulum3's parser asks of its units regex (``finditer``), per text."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if text.isascii():
            return trie_units_regex(self.lang).finditer(text)
        return flat_units_regex(self.lang).finditer(text)


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
