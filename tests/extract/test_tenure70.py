"""A contender's years in office, told by a candidate or its staff: partisan (rpart70).

docs/gold-conventions.md "Candidates and campaigns as a partisan source" (b): a contender's
record in an office it held. Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"
RACE = (
    "Presidential candidate Ana Lopez toured Ohio on Monday, and Tom Reyes, her rival, "
    "campaigned in Iowa. "
)
ADVISER = "Dan Moss, a senior adviser to Lopez, spoke to reporters. "


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (RACE + '"After almost three decades in Washington, Reyes has forgotten the voters," '
         "Lopez said.", "three decades"),
        (RACE + "Lopez said Reyes had served 20 years in Congress without passing a bill.",
         "20 years"),
        (RACE + ADVISER + "After more than two decades in the Senate, Lopez will stay a "
         "Democrat, Moss said.", "two decades"),
    ],
)  # fmt: skip
def test_a_contenders_years_in_office_told_by_the_campaign_are_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # years in a place that is no seat of office
        (RACE + '"We have lived in Ohio for 30 years," Lopez said.', "30 years"),
        (RACE + "Lopez said the factory had been in Ohio for 40 years.", "40 years"),
        # a home, not the House
        (RACE + '"We spent 15 years in the house on Elm Street," Lopez said.', "15 years"),
        # no candidate speaking: a clerk's own years are no race's matter
        ("Tom Bauer, a county clerk, said he had spent 25 years in Congress as a staffer.",
         "25 years"),
        # a proposal, not a record
        (RACE + "Lopez said she would limit members to 12 years in Congress.", "12 years"),
    ],
)  # fmt: skip
def test_years_elsewhere_or_not_told_by_a_contender_are_not_partisan(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)
