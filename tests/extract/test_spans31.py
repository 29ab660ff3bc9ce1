"""spans31 (session 25): which mentions of political news are claims."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, claims",
    [
        ("The governor carried the county in ’04 and ’08, aides recalled.", []),
        ("She said in '12 that the party would win 40 seats.", ["40"]),
        ("Voters remember the ‘92 race in the district.", []),
        ("He told reporters, ‘30 people came to the door,’ and left.", ["30"]),
    ],
)
def test_two_digit_year_after_an_apostrophe_is_a_date(nlp, text, claims):
    assert mention_texts(nlp, text) == claims
