"""approx26 (session 26): bounds written after a figure or as "as low as"; a day is no range."""

from __future__ import annotations

import pytest

from tests.conftest import claim_mentions


@pytest.mark.parametrize(
    "text, figure, approx",
    [
        ("Most of it came from donors giving $250 or less.", "$250", "upper_bound"),
        ("Households earning $80,000 or more saw no change.", "$80,000", "lower_bound"),
        ("Officers found 30+ shell casings on the street.", "30", "lower_bound"),
        ("Police said 20 or so protesters stayed until midnight.", "20", "approximate"),
        (
            "The rate could drop as low as 12 percent next year.",
            "as low as 12 percent",
            "lower_bound",
        ),
        ("Some counties reported as few as 15 votes.", "as few as 15", "lower_bound"),
        ("Appeals can take as long as three years.", "as long as three years", "upper_bound"),
    ],
)
def test_a_bound_written_around_the_figure_sets_its_approx(nlp, text, figure, approx):
    assert claim_mentions(nlp, text)[figure].approx.value == approx


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Tickets cost $15 plus fees at the door.", "$15"),
        ("The team scored 60 plus 4 bonus points.", "60"),
    ],
)
def test_a_plus_that_adds_an_amount_is_no_bound(nlp, text, figure):
    assert claim_mentions(nlp, text)[figure].approx.value == "exact"


def test_a_day_after_its_month_opens_no_range_with_the_next_figure(nlp):
    claims = claim_mentions(
        nlp, "Her share rose from 41 percent on June 12 to 47 percent on July 9."
    )
    assert set(claims) == {"41 percent", "47 percent"}


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The sale closed at an estimated loss of $210 million.", "$210 million"),
        ("The estimated cost of the bridge is $4 billion.", "$4 billion"),
    ],
)
def test_the_amount_of_an_estimated_measure_is_approximate(nlp, text, figure):
    assert claim_mentions(nlp, text)[figure].approx.value == "approximate"


def test_the_amount_of_a_plain_measure_stays_exact(nlp):
    assert (
        claim_mentions(nlp, "The sale closed at a loss of $210 million.")[
            "$210 million"
        ].approx.value
        == "exact"
    )
