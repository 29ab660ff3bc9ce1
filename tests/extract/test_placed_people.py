"""Unnamed people named by a place or a nationality are anonymous, not an organisation
(gold README, "Source kinds"; placed_people.py)."""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Traders in Kumasi's Central Market said the price of a 50-kilogram bag of maize "
            "had jumped to 900 cedis.",
            "900 cedis",
            "Traders in Kumasi's Central Market",
        ),
        (
            "Dutch farmers say the pact would let in up to 40,000 tonnes of cheap beef a year.",
            "up to 40,000 tonnes",
            "Dutch farmers",
        ),
        (
            "Fuel costs rose to as much as 3% of a cargo's value this week, two shipping "
            "brokers in Hamburg said.",
            "as much as 3%",
            "two shipping brokers in Hamburg",
        ),
        (
            "Three economists at foreign banks in Singapore said as much as a fifth of the "
            "rise could be rerouted goods.",
            "as much as a fifth",
            "Three economists at foreign banks in Singapore",
        ),
    ],
)
def test_people_named_by_a_place_or_nationality_are_anonymous(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.ANONYMOUS)


def test_people_of_a_named_body_are_anonymous_too(nlp):
    # a named firm's analysts speak unnamed, as its officials do (docs/gold-conventions.md,
    # "People at a named body", session 72: 8 wire sets for, 2 sets against)
    text = "Analysts at Sandgate Research said as much as a fifth of the rise was rerouted."
    assert source_of(nlp, text, "as much as a fifth") == (
        "Analysts at Sandgate Research",
        SourceKind.ANONYMOUS,
    )


def test_a_body_named_by_its_nationality_stays_an_organisation(nlp):
    # near-miss: a ministry is an institution, whatever place names it
    text = "The Dutch agriculture ministry said 40,000 tonnes of beef would come in."
    assert source_of(nlp, text, "40,000 tonnes")[1] is SourceKind.NAMED_ORG
