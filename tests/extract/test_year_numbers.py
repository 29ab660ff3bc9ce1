"""The one year test of four digits (year_numbers.py; review of session 45): "2015" is a year
wherever spread_spans, tallies, gapped_counts and indefinite_one ask. Invented examples."""

from __future__ import annotations

import pytest

from factcheck.extract.year_numbers import is_year_number


@pytest.mark.parametrize("text", ["1998", "2015", "1900", "2099"])
def test_four_digits_of_the_last_two_centuries_are_a_year(text):
    assert is_year_number(text)


@pytest.mark.parametrize("text", ["1,998", "300", "3000", "1850", "20155", "twenty"])
def test_numbers_other_than_four_digits_from_1900_to_2099_are_no_year(text):
    assert not is_year_number(text)
