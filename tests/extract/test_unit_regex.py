"""The trie units regex finds exactly what quantulum3's own regex finds."""

import os
import re
import subprocess
import sys

import pytest

from factcheck.extract.mentions import unit_regex
from factcheck.extract.mentions.quantities import find_unit_word, parse_figure


def _matches(regex: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in regex.finditer(text)]


def _quantulum3s_regex_in_the_fixed_order() -> re.Pattern[str]:
    """quantulum3's own units regex (its spellings, flat, in its order) with its operators in
    the fixed order: the order of its operators decides some matches and follows the hash seed
    in quantulum3 itself (``unit_regex.units_pattern``)."""
    unit_keys, symbol_keys = unit_regex.unit_spellings("en_US")
    pattern = unit_regex.units_pattern(
        "en_US",
        unit_regex.flat_alternation(unit_keys),
        unit_regex.flat_alternation(symbol_keys),
        fixed_order=True,
    )
    return re.compile(pattern, re.VERBOSE | re.IGNORECASE)


def _printed_by_fresh_process(code: str, *, hash_seed: str | None = None) -> list[str]:
    """The words a new Python process running ``code`` prints: quantulum3's module state is
    per process, so what one test does to it must not be what another sees."""
    env = dict(os.environ) if hash_seed is None else {**os.environ, "PYTHONHASHSEED": hash_seed}
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env=env,
    )
    return out.stdout.split()


_FLAT_PATTERN_PROBE = """
import warnings
warnings.simplefilter("ignore")
from quantulum3 import regex as qregex
from factcheck.extract.mentions import unit_regex
unit_keys, symbol_keys = unit_regex.unit_spellings("en_US")
flat = unit_regex.units_pattern(
    "en_US", unit_regex.flat_alternation(unit_keys), unit_regex.flat_alternation(symbol_keys)
)
print(flat == qregex.units_regex("en_US").pattern)
"""


def test_the_flat_spellings_rebuild_quantulum3s_own_pattern():
    # the copied pattern must follow the installed quantulum3: a new version that changes its
    # regex fails here, not silently in the claims. In a fresh process: quantulum3 keeps its
    # unit spellings in defaultdicts that its own lookups extend while it parses, so in a
    # process that has parsed, a regex it cached earlier lists them in another order.
    assert _printed_by_fresh_process(_FLAT_PATTERN_PROBE) == ["True"]


KEYS = ["hours", "hour", "hr", "h", "min", "m", "mph", "mpg", "km", "kmh"]


@pytest.mark.parametrize(
    "text", ["3 hours", "3 hourly", "3 hrs", "3 mphs", "40 kmh", "5 km/h", "7 m", "2 mx"]
)
def test_a_trie_alternation_tries_keys_longest_first_like_the_flat_list(text):
    # the continuation forces backtracking into the alternation: it must give up the same
    # candidates in the same order, so the match found is the flat list's
    def pattern(alternation: str) -> re.Pattern[str]:
        return re.compile(rf"\d+ (?P<u>{alternation})(?P<rest>s?)(?!\w)", re.IGNORECASE)

    flat = pattern(unit_regex.flat_alternation(sorted(KEYS, key=len, reverse=True)))
    trie = pattern(unit_regex.trie_alternation(KEYS))
    assert _matches(trie, text) == _matches(flat, text)


def test_an_empty_trie_never_matches():
    assert re.search(unit_regex.trie_alternation([]), "anything") is None


@pytest.mark.parametrize(
    "text",
    [
        "3 hours",
        "3 people",
        "12 km/h",
        "$20/h",
        "3 tax",
        "2.5 kWh",
        "40 mph",
        "7 ft 2 in",
        "a 10-mile run",
        "5 square metres of 3 acres",
        "18 victims, 4 dead",
        "1 Gbit/s",
        "3 sq ft",
        # the parts quantulum3 builds from sets, which the trie regex puts in a fixed order
        "3 times 10^6 km",
        "3 x 10^6 km",
        "5 to 10 km",
        "5 - 10 km",
        "3 plus or minus 2 kg",
        "3 +/- 2 kg",
        "1,000 miles",
        "1 000 miles",
        "2.5-3 hours",
        "4 x 4 m",
        "10 per cent",
    ],
)
def test_the_trie_regex_matches_like_quantulum3s_on_ascii_text(text):
    assert _matches(unit_regex.trie_units_regex("en_US"), text) == _matches(
        _quantulum3s_regex_in_the_fixed_order(), text
    )


@pytest.mark.parametrize(
    "text",
    ["3 µm wide", "20 °C outside", "5 km² of land", "40 mph – fast", "3 ‘hours’", "7 Mm and 7 mm"],
)
def test_the_flat_regex_for_other_texts_matches_like_quantulum3s(text):
    assert _matches(unit_regex.flat_units_regex("en_US"), text) == _matches(
        _quantulum3s_regex_in_the_fixed_order(), text
    )


@pytest.mark.parametrize(
    ("word", "unit"),
    [("hours", True), ("km", True), ("percent", True), ("people", False), ("tax", False)],
)
def test_unit_words_are_answered_as_before(word, unit):
    assert find_unit_word(word) is unit


def test_non_ascii_text_still_finds_its_unit():
    # "µm" and "°C" are spellings the ASCII trie leaves out: quantulum3's own regex reads them
    assert parse_figure("3 µm wide").unit == "micrometre"
    assert parse_figure("20 °C outside").unit == "degree Celsius"


_CUSTOM_UNIT_PROBE = """
import warnings
warnings.simplefilter("ignore")
from quantulum3 import load
from factcheck.extract.mentions import unit_regex
before = unit_regex.trie_units_regex("en_US")
load.add_custom_unit(name="florp", surfaces=["florp"], entity="length")
after = unit_regex.trie_units_regex("en_US")
match = after.search("it is 3 florp long")
print(before is not after, match is not None and match.group("unit1"))
"""


def test_the_trie_regex_is_rebuilt_when_quantulum3_adds_a_unit():
    # in a fresh process: adding a unit changes quantulum3's state for the whole process
    assert _printed_by_fresh_process(_CUSTOM_UNIT_PROBE) == ["True", "florp"]


_PATTERN_DIGEST_PROBE = """
import hashlib
from factcheck.extract.mentions import unit_regex
for regex in (unit_regex.trie_units_regex("en_US"), unit_regex.flat_units_regex("en_US")):
    print(hashlib.sha256(regex.pattern.encode()).hexdigest())
"""


def test_the_units_regexes_are_the_same_patterns_whatever_the_hash_seed():
    # its compiled program is kept on disk by pattern (factcheck.regex_cache): a pattern that
    # followed the string hash seed, as quantulum3's set-built parts do, would never be found
    digests = [_printed_by_fresh_process(_PATTERN_DIGEST_PROBE, hash_seed=seed) for seed in "12"]
    assert digests[0] == digests[1]
    assert len(set(digests[0])) == 2


_HISTORY_PROBE = """
from factcheck.extract.mentions import unit_regex
from factcheck.extract.mentions.quantities import find_unit_word
before = unit_regex.unit_spellings("en_US")
for word in ("tax", "TA", "people", "hours", "ea"):
    find_unit_word(word)
print(unit_regex.unit_spellings("en_US") == before)
"""


def test_the_spellings_do_not_grow_with_what_the_process_parsed():
    # quantulum3 adds each matched text to its defaultdicts while naming its unit; a pattern
    # built from those keys would differ from process to process, and not be found in the cache
    assert _printed_by_fresh_process(_HISTORY_PROBE) == ["True"]


_OPERATOR_PROBE = """
from factcheck.extract.mentions import unit_regex
for text in ("3 tax", "4 x 4 m", "3 x 10^6 km"):
    regex = unit_regex.trie_units_regex("en_US")
    print(repr([(m.span(), m.group("operator1"), m.group("operator2")) for m in regex.finditer(text)]))
"""


def test_what_an_operator_joins_is_the_same_whatever_the_hash_seed():
    # quantulum3 lists its operators in a set's order before a unit lookahead that binds only
    # to the last of them, so its own regex reads "3 tax" one way or another by the hash seed
    found = [_printed_by_fresh_process(_OPERATOR_PROBE, hash_seed=seed) for seed in "1234"]
    assert all(words == found[0] for words in found)
