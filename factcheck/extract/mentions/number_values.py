"""The value of a number written in digits and/or words: "1,400", "2.3 million", "1.2bn",
"twenty-five", "half a million", "one hundred and twenty". Pure.

Split from ``quantities.py``, the quantulum3 adapter, which takes values from here and only
units from quantulum3 (it gets scale words wrong: "half a million" -> 1.5e6). Also the numeral
pattern of one token ("US$100", "45%") and the split of a figure's words into its currency,
its number words and what follows ("US$100 million dollars": "US$", "100 million",
"dollars"). Not a number: "several", "many".
"""

from __future__ import annotations

import re

from factcheck.extract.lexicon import (
    CURRENCY_SYMBOLS,
    FOLD_WORDS,
    FRACTION_GLYPHS,
    GLUED_SCALE_SUFFIXES,
    GROUP_COUNT_WORDS,
    GROUPED_CURRENCY_LETTERS,
    MULTIPLE_WORDS,
    NUMBER_WORDS,
    ONCE_WORDS,
    SCALE_WORDS,
)
from factcheck.extract.mentions.mixed_fractions import fraction_value

_CURRENCY_RE = "|".join(
    re.escape(symbol) for symbol in sorted(CURRENCY_SYMBOLS, key=len, reverse=True)
)
# "N2,240": a currency letter only before a number grouped in thousands (the figure's words
# are matched lower-cased, so the letter in either case)
_CURRENCY_RE += "".join(
    rf"|{re.escape(letter)}(?=\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?$)"
    for letter in GROUPED_CURRENCY_LETTERS
)
# "US$100", "1.2bn", "£30m", "45%", "1,400", "2.3" (one token or one word of a figure)
NUMERAL_RE = re.compile(
    rf"^(?P<cur>{_CURRENCY_RE})?(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?|\.\d+)"
    # "42C", "108F": a temperature's scale letter, upper case only (glued_temperatures.py)
    rf"(?P<suffix>{'|'.join(GLUED_SCALE_SUFFIXES)}|%|(?-i:[CF]))?$",
    re.IGNORECASE,
)


def parse_number(words: list[str]) -> float | None:
    """Return the value of a number written in words and/or digits, or None.

    Handles "1,400", "2.3 million", "1.2bn", "five", "twenty-five", "half a million",
    "one hundred and twenty", "a million".

    Args:
        words: the number's words, lower-case, with no currency or unit.
    """
    total = 0.0
    current: float | None = None
    for word in words:
        if word == "and" and current is not None:
            continue
        match = NUMERAL_RE.match(word)
        if match and not match.group("cur"):
            numeral = float(match.group("num").replace(",", ""))
            suffix = (match.group("suffix") or "").lower()
            current = (current or 0) + numeral
            if suffix and suffix != "%":
                current *= SCALE_WORDS[suffix]
            continue
        fraction = fraction_value(word) if word[:1].isdigit() or word in FRACTION_GLYPHS else None
        if fraction is not None:
            current = (current or 0) + fraction  # "4 1/2", "2½", "41/2" (mixed_fractions)
            continue
        if word in SCALE_WORDS and len(word) > 1:
            scale = SCALE_WORDS[word]
            base = 1.0 if current is None else current
            if scale >= 1000:
                total += base * scale
                current = None
            else:
                current = base * scale
            continue
        if word in MULTIPLE_WORDS and current is None:
            current = float(MULTIPLE_WORDS[word])  # "nearly doubled"
            continue
        if word in FOLD_WORDS and current is None:
            current = float(FOLD_WORDS[word])  # "as much as fivefold"
            continue
        if word == "dozen":
            current = (1.0 if current is None else current) * 12  # "half a dozen", "two dozen"
            continue
        if word in ONCE_WORDS and current is None:
            current = float(ONCE_WORDS[word])  # "shot once": one time
            continue
        if word in GROUP_COUNT_WORDS:
            current = (1.0 if current is None else current) * GROUP_COUNT_WORDS[word]  # "a trio"
            continue
        if word in NUMBER_WORDS:
            number = NUMBER_WORDS[word]
            if word in ("a", "an") and current is not None:
                continue  # "half a million": the article adds nothing
            current = number if current is None or current < 1 else current + number
            continue
        return None
    if current is None and total == 0:
        return None
    return total + (current or 0)


def _currency_of(symbol: str) -> str:
    """The currency a symbol the numeral pattern matched names. The pattern ignores case as
    ``re`` folds it, so "\u017f$" (a long s) matches "S$": folded by ``casefold`` too, and
    a symbol that folds to none names no currency rather than failing."""
    return (
        GROUPED_CURRENCY_LETTERS.get(symbol.upper())
        or CURRENCY_SYMBOLS.get(symbol.lower())
        or CURRENCY_SYMBOLS.get(symbol.casefold(), "")
    )


def split_figure_words(words: list[str]) -> tuple[str, list[str], list[str]]:
    """Split a figure's words into its currency, its number words and what follows."""
    currency = ""
    number_words: list[str] = []
    rest: list[str] = []
    for word in words:
        if rest:
            rest.append(word)
            continue
        if word in CURRENCY_SYMBOLS and not number_words:
            currency = CURRENCY_SYMBOLS[word]
            continue
        match = NUMERAL_RE.match(word)
        if match:
            if match.group("cur"):
                currency = _currency_of(match.group("cur"))
                word = word[len(match.group("cur")) :]
            if (match.group("suffix") or "") == "%":
                rest.append("%")
                word = word[:-1]
            if word:
                number_words.append(word)
            continue
        if (
            word in NUMBER_WORDS
            or (word[:1].isdigit() and fraction_value(word) is not None)
            or word in SCALE_WORDS
            or word in MULTIPLE_WORDS
            or word in FOLD_WORDS
            or (word in GROUP_COUNT_WORDS and number_words)
            or (word in ONCE_WORDS and not number_words)
            or (word == "and" and number_words)
        ):
            number_words.append(word)
            continue
        rest.append(word)
    return currency, number_words, rest
