"""Whether a number is written as a year of the last two centuries: "1998", "2016". Pure.

A year names a time, it counts nothing: "In 2015 over 300 days" has no amount before "over"
(``spread_spans``), "the 2015-16 season" is no tally (``tallies``), "in 2016" is no count left
without its verb (``gapped_counts``) nor another figure beside "one" (``indefinite_one``).
Four digits from 1900 to 2099; the modules that mean a narrower or wider range ("eyeing 2020
campaigns", "the contested 1776 convention") keep their own.
"""

from __future__ import annotations


def is_year_number(text: str) -> bool:
    """True for four digits opening with 19 or 20 ("1998", "2016"); not "1,998" or "3000"."""
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")
