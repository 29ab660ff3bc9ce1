"""The one year test of four digits (year_numbers.py; review of session 45): "2015" is a year
wherever spread_spans, tallies, gapped_counts and indefinite_one ask; the modules that mean
another range (not_claims, calendar_parts, year_modifiers, caveat_cues) pass it (session 46).
Invented examples."""

from __future__ import annotations

import pytest

from factcheck.extract.year_numbers import is_year_number


@pytest.mark.parametrize("text", ["1998", "2015", "1900", "2099"])
def test_four_digits_of_the_last_two_centuries_are_a_year(text):
    assert is_year_number(text)


@pytest.mark.parametrize("text", ["1,998", "300", "3000", "1850", "20155", "twenty"])
def test_numbers_other_than_four_digits_from_1900_to_2099_are_no_year(text):
    assert not is_year_number(text)


@pytest.mark.parametrize(
    ("text", "first", "last", "expected"),
    [
        ("1776", 1500, 2099, True),  # a date from 1500 (not_claims, calendar_parts)
        ("1499", 1500, 2099, False),
        ("2039", 1900, 2039, True),  # a year dating a plural noun (year_modifiers)
        ("2040", 1900, 2039, False),
        ("1800", 1800, 2100, True),  # a year naming a thing (caveat_cues)
        ("2100", 1800, 2100, True),
        ("2101", 1800, 2100, False),
    ],
)
def test_year_range_is_a_parameter(text, first, last, expected):
    assert is_year_number(text, first=first, last=last) is expected
