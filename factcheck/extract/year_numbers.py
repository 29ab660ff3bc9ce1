"""Whether a number is written as a year: "1998", "2016". Pure.

A year names a time, it counts nothing: "In 2015 over 300 days" has no amount before "over"
(``spread_spans``), "the 2015-16 season" is no tally (``tallies``), "in 2016" is no count left
without its verb (``gapped_counts``) nor another figure beside "one" (``indefinite_one``).
Four digits from 1900 to 2099 unless a module means a narrower or wider range: from 1500 for a
date (``dates_times``, ``calendar_parts``), to 2039 for a year dating a plural noun
(``year_modifiers``), 1800 to 2100 for one naming a thing ("the contested 1976 convention",
``caveat_cues``), to 2100 for one dating a race (``race_unreal``).
"""

from __future__ import annotations


def is_year_number(text: str, *, first: int = 1900, last: int = 2099) -> bool:
    """True for four digits from ``first`` to ``last`` ("1998", "2016"); not "1,998" or "3000".

    Args:
        text: the token's text.
        first: the earliest year meant.
        last: the latest year meant.

    Returns:
        Whether ``text`` is a year of that range.
    """
    return len(text) == 4 and text.isascii() and text.isdigit() and first <= int(text) <= last
