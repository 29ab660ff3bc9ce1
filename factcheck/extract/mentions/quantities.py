"""The one adapter to quantulum3: a figure's text in, its value and unit out.

quantulum3 finds units well but gets scale words wrong ("half a million" -> 1.5e6, "$1.2bn" ->
1.2 "dollar barn newton", "£30m" -> 30 metres), so values come from our own number parser and
quantulum3 only names units the text actually spells out. Currencies and percentages are ours.

The parts: ``number_values.py`` (a number's value, the numeral pattern, a figure's words split
into currency, number and rest) and ``share_values.py`` (the fraction a share names). Here:
the figure's value and unit, quantulum3 behind one function, and the tests of one token as a
figure ("240", "HK$400", "five").
"""

from __future__ import annotations

import logging
import math
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    CURRENCY_WORDS,
    NOISE_UNITS,
    NUMBER_WORDS,
    PERCENT_WORDS,
    SCALE_WORDS,
    SUBUNIT_CURRENCIES,
)

with warnings.catch_warnings():
    # quantulum3 warns at import that its optional classifier (scikit-learn) is missing.
    warnings.simplefilter("ignore")
    from quantulum3 import parser as _qparser

from factcheck.extract.mentions import unit_regex
from factcheck.extract.mentions.century_spans import century_fraction_years
from factcheck.extract.mentions.glued_temperatures import GLUED_TEMPERATURE_RE, TEMPERATURE_UNITS
from factcheck.extract.mentions.glued_units import unglue
from factcheck.extract.mentions.number_values import NUMERAL_RE, parse_number, split_figure_words
from factcheck.extract.mentions.share_values import fraction_of_percent_value, parse_share
from factcheck.extract.mentions.unit_fractions import unit_fraction_words

unit_regex.install()

_WORD_RE = re.compile(r"[^\s\-–—]+")
# quantulum3's spelled-out-number regex takes time cubic in a digit run's length (200 digits:
# 5 s, 400: 44 s); the unit never depends on the digits, so long runs reach it as "1".
_LONG_DIGITS_RE = re.compile(r"\d{13,}")


class FigureParseError(ValueError):
    """A figure's text has no value we can read."""


@dataclass(frozen=True)
class Quantity:
    """A parsed figure: its value and its unit ('' for plain counts)."""

    value: float
    unit: str = ""


def parse_figure(text: str) -> Quantity:
    """Return the value and unit of a figure's text, qualifier excluded.

    Args:
        text: the figure as written, e.g. "US$100 million", "half a million", "7.7 percent".

    Returns:
        The figure's value and unit.

    Raises:
        FigureParseError: if no number can be read from the text, or it is too large for a
            float (a 10,000-digit number).
    """
    glued_temperature = GLUED_TEMPERATURE_RE.match(text.strip())
    if glued_temperature:
        # "42C", "108F": degrees, not the speed of light or farads (glued_temperatures.py)
        scale = glued_temperature.group("scale")
        degrees = float(text.strip()[: -len(scale)].replace("\u2212", "-"))
        return Quantity(value=degrees, unit=TEMPERATURE_UNITS[scale.lower()])
    words = [w.lower() for w in _WORD_RE.findall(text)]
    # "$50million", "16ounces", "5ft": the number and the word glued to it apart (glued_units)
    split = [part for w in words for part in ([w] if NUMERAL_RE.match(w) else unglue(w))]
    if len(split) > len(words):
        words, text = split, " ".join(split)
    fraction_of_percent = fraction_of_percent_value(words)
    if fraction_of_percent is not None:
        return Quantity(value=fraction_of_percent, unit="percent")  # "one-half of 1 percent"
    if len(words) > 3 and words[0] in ("a", "an") and words[2] == "of":
        words = [words[1], *words[3:]]  # "a quarter of a million" -> "quarter a million"
    if words[:3] == ["a", "half", "dozen"]:
        words = words[1:]  # "a half-dozen": six
    unit_fraction = unit_fraction_words(words)
    if unit_fraction is not None:
        # "a half hour" 0.5 hour, "half a decade" 5 years: the fraction of one unit
        fraction, unit_words = unit_fraction
        one = parse_figure(" ".join(["1", *unit_words]))
        return Quantity(value=round(fraction * one.value, 6), unit=one.unit)
    century_years = century_fraction_years(words)
    if century_years is not None:
        return Quantity(value=century_years, unit="year")  # "a quarter-century": 25 years
    share = parse_share(words)
    if share is not None:
        return Quantity(value=share, unit="share")
    currency, number_words, rest = split_figure_words(words)
    value = parse_number(number_words)
    if value is None:
        raise FigureParseError(f"no number in figure {_shorten(text)!r}")
    if not math.isfinite(value):
        # float() of 309+ digits is inf, which JSON and the claim record cannot hold.
        raise FigureParseError(f"figure {_shorten(text)!r} is too large to represent")
    # "300k": the suffix is a scale, not kelvin; only words after the number name a unit.
    # quantulum3 is asked last: it is the costly test, and most figures have a unit before it.
    unit = (
        currency
        or _percent_unit(rest, text)
        or _currency_word_unit(rest)
        or (_unit_name(text) if rest else "")
    )
    if unit == "decade" and value == 1:
        return Quantity(value=10, unit="year")  # "in a decade": 10 years
    if unit == "decade":
        # "more than two decades": a count of decades (realgold14, realgold20 golds: value 2)
        return Quantity(value=value, unit="decade")
    if unit == "century":
        return Quantity(value=value * 100, unit="year")  # "nearly a century": 100 years
    if not currency and unit != "percent" and rest and rest[0] in SUBUNIT_CURRENCIES:
        # "rose 69 cents": the real gold writes 0.69 US dollars
        return Quantity(value=round(value / 100, 6), unit=SUBUNIT_CURRENCIES[rest[0]])
    return Quantity(value=value, unit=unit)


def find_unit_word(text: str) -> bool:
    """Return True if ``text`` (one word after a number) is a unit of measure, not a counted noun.

    "hours", "percent", "km", "tonnes" are units; "people", "hostages" are counted nouns.
    """
    word = text.lower()
    if any(ch.isdigit() for ch in word):
        return False  # "90,000 K-1 visas", "300 K-9 units": a name with digits, no unit
    if word in PERCENT_WORDS or word.rstrip("s") in CURRENCY_WORDS:
        return True
    return bool(_unit_name(f"3 {word}"))


def _shorten(text: str, limit: int = 40) -> str:
    """The start of a figure's text for messages: a 10,000-digit figure is not repeated."""
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text)} characters)"


def _percent_unit(rest: list[str], text: str) -> str:
    if any(word in PERCENT_WORDS for word in rest) or "per cent" in text.lower():
        return "percent"
    return ""


def _currency_word_unit(rest: list[str]) -> str:
    for word in rest:
        singular = word[:-1] if word.endswith("s") else word
        if singular in CURRENCY_WORDS:
            return CURRENCY_WORDS[singular]
    return ""


@lru_cache(maxsize=4096)
def _unit_name(text: str) -> str:
    """Return quantulum3's unit for ``text`` when the text spells that unit out, else ''."""
    parsed = _LONG_DIGITS_RE.sub("1", text)
    with _quiet_root_logging():
        try:
            quantities = _qparser.parse(parsed)
        except Exception:  # quantulum3 raises bare errors on odd input; no unit is the answer
            return ""
    for quantity in quantities:
        name = quantity.unit.name
        if any(noise in name for noise in NOISE_UNITS) or "unk" in name.split():
            continue  # "unk": quantulum3 matched letters it could not name as a unit
        end = quantity.span[1]
        if end < len(parsed) and parsed[end].isalpha():
            # a unit that stops inside a word ("3 ta|x" read as tonnes times years) is not
            # spelled out; whether quantulum3 tries it depends on its regex's alternation order,
            # which follows the process's string hash seed
            continue
        if re.search(r"[a-z]", quantity.surface.lower()):
            return str(name)
    return ""


@contextmanager
def _quiet_root_logging() -> Iterator[None]:
    """Stop quantulum3's per-call ``logging.basicConfig`` from installing a root handler.

    basicConfig does nothing when the root logger already has a handler, so give it a
    NullHandler for the duration of the call and take it away after.
    """
    root = logging.getLogger()
    guard = logging.NullHandler()
    added = not root.handlers
    if added:
        root.addHandler(guard)
    try:
        yield
    finally:
        if added:
            root.removeHandler(guard)


def is_numeral(token: Token) -> bool:
    """A token written in digits: "240", "9,000", "HK$400", "7.7%"."""
    return is_numeral_text(token.text)


def is_numeral_text(text: str) -> bool:
    """``is_numeral`` of a token's text."""
    return bool(NUMERAL_RE.match(text))


def numeral_value(token: Token) -> float:
    """The digits of a numeral token, currency and suffix ignored: "HK$400" -> 400."""
    match = NUMERAL_RE.match(token.text)
    return float(match.group("num").replace(",", "")) if match else float("nan")


def is_spelled_number(token: Token) -> bool:
    """A number word that can stand for a figure: "five", "million"; not "a", "half", "dozen"."""
    lower = token.lower_
    return (
        lower in NUMBER_WORDS
        and lower not in ("a", "an", "half", "quarter", "dozen")
        or (lower in SCALE_WORDS and len(lower) > 1)
    )
