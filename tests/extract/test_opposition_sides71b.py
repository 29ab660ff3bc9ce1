"""The opposition speaking of its own contest with the government (a vote, an election, its
activists detained, its rally) is a party to it: partisan_source (opposition_sides.py). On a
third matter it is no party. Gold README, partisan_source. Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The opposition Liberty Alliance said 140 of its activists had been detained.", "140"),
        ("Opposition lawmakers said at least 17 votes had been cast for absent members.", "17"),
        ("The opposition said its monitors had copies of 85% of the tally sheets.", "85%"),
        ("Opposition leader Mara Ivic said 60,000 people joined the rally.", "60,000"),
    ],
)
def test_the_opposition_on_its_own_contest_is_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Opposition lawmakers said fewer than half of the claims had been paid.", "half"),
        ("Opposition lawmakers said the new bridge would cost 40 million euros.", "40 million"),
        ("The opposition said 300 schools still had no heating.", "300"),
    ],
)
def test_the_opposition_on_a_third_matter_is_no_side(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)
