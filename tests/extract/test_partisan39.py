"""How far a campaign has come is its standing in the race: partisan (`cav39`, session 31).

docs/gold-conventions.md "Candidates and campaigns as a partisan source": a campaign is
a party to the race. Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"
CANDIDATE = "Presidential candidate Ana Lopez toured Ohio on Monday. "
CLERK = "Tom Bauer, a county clerk, toured Ohio on Monday. "


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ('"We have come a long way in the last nine months," Mary Walsh told supporters.',
         "nine"),
        ("After thanking the crowd, Mary Walsh touted how far her campaign had come in the last "
         "10 months.", "10"),
    ],
)  # fmt: skip
def test_how_far_a_campaign_has_come_in_months_is_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a history longer than a campaign; the country, not the campaign
        (CANDIDATE + '"We have come a long way in 40 years on civil rights," Lopez said.', "40"),
        (CANDIDATE + '"The country has come a long way in the last nine months," Lopez said.',
         "nine"),
    ],
)  # fmt: skip
def test_how_far_a_country_or_a_history_has_come_is_not_partisan(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)
