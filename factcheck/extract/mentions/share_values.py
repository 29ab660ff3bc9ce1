"""The fraction a share names: "half", "a third", "two-thirds", "eight of 10", "12 of the 19",
"one in five", "nine out of 10", "23 of its 29", and a fraction of a percent ("one-half of 1
percent" 0.5 percent). Pure.

Split from ``quantities.py``. Gold README, "Shares": one claim whose value is the fraction, to
three places ("a third" 0.333), or whole where it ends within six ("1 in 64" 0.015625). Not a
share: "12 of the 9" (a part larger than its whole).
"""

from __future__ import annotations

from factcheck.extract.lexicon import (
    FRACTION_WORDS,
    HYPHEN_FRACTION_WORDS,
    POSSESSIVE_MARKS,
    SHARE_WHOLE_MODIFIERS,
    SHARE_WHOLE_ORDINALS,
    SHARE_WHOLE_POSSESSIVES,
    SHARE_WHOLE_QUALIFIERS,
    WHOLE_DETERMINERS,
)
from factcheck.extract.mentions.number_values import parse_number
from factcheck.extract.mentions.percent_fractions import split_percent_fraction


def fraction_of_percent_value(words: list[str]) -> float | None:
    """The percent a fraction of a percent names: "one-half of 1 percent" 0.5, or None."""
    split = split_percent_fraction(words)
    if split is None:
        return None
    fraction, base = parse_share(split[0]), parse_number(split[1])
    if fraction is None or base is None:
        return None
    return round(fraction * base, 6)


_DETERMINERS = [[word] for word in WHOLE_DETERMINERS]


def parse_share(words: list[str]) -> float | None:
    """Return the fraction a share names, or None if it is no share (see ``_share_value``).

    "half", "a third", "two-thirds", "eight of 10", "12 of the 19", "one in five", "nine out
    of 10", "23 of its 29".

    Notes:
        Gold README, "Shares": one claim whose value is the fraction.
    """
    if words and words[-1] in FRACTION_WORDS:
        count = parse_number(words[:-1]) if words[:-1] else 1.0
        if count is None:
            return None
        return _share_value(count, FRACTION_WORDS[words[-1]])
    if len(words) > 1 and words[-1] in HYPHEN_FRACTION_WORDS:
        count = parse_number(words[:-1])  # "one-eighth": the words as split at the hyphen
        return None if count is None else _share_value(count, HYPHEN_FRACTION_WORDS[words[-1]])
    for index, word in enumerate(words):
        if word not in ("of", "in") or index == 0:
            continue
        whole_words = _after_owner(words[index + 1 :])
        if len(whole_words) < len(words) - index - 1:  # an owner stood before the whole
            if whole_words[:2] == ["an", "estimated"]:
                whole_words = whole_words[2:]
            elif whole_words[:1] and whole_words[0] in SHARE_WHOLE_QUALIFIERS:
                whole_words = whole_words[1:]  # "of the village's roughly 300"
        if whole_words[:1] == ["every"] or (word == "of" and whole_words[:1] in _DETERMINERS):
            whole_words = whole_words[1:]  # "two out of every three", "two of those seven"
        if whole_words[:1] and whole_words[0] in SHARE_WHOLE_MODIFIERS | SHARE_WHOLE_ORDINALS:
            whole_words = whole_words[1:]  # "six of the past seven", "10 of the first 11"
        part_words = words[: index - 1] if words[index - 1] == "out" else words[:index]
        part, whole = parse_number(part_words), parse_number(whole_words)  # "nine out of 10"
        if part is not None and whole and part <= whole:
            return _share_value(part, whole)
    return None


def _after_owner(words: list[str]) -> list[str]:
    """The words of a share's whole after its owner: "its 29", "the firm's five" -> the number's
    words ("23 of its 29", "two of the firm's five": gold README "Shares")."""
    if words[:1] and words[0] in SHARE_WHOLE_POSSESSIVES:
        return words[1:]
    owned = [i for i, word in enumerate(words) if word.endswith(tuple(POSSESSIVE_MARKS))]
    return words[owned[-1] + 1 :] if owned else words


def _share_value(part: float, whole: float) -> float:
    """The fraction to three places ("a third" 0.333, gold README), or whole when it ends within
    six ("1 in 64" 0.015625, "one in eight" 0.125: realgold5 gold)."""
    value = part / whole
    exact = round(value, 6)
    return exact if abs(exact - value) < 1e-12 else round(value, 3)
