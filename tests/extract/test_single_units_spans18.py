"""One unit of time or distance after a qualifier is a figure ("more than a year"), and what
only places an event stays a not-claim (gold README, spans of time). Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.extract.mentions.quantities import Quantity, parse_figure
from factcheck.model import Approx
from tests.conftest import find_mention, mention_texts


@pytest.mark.parametrize(
    "text, claims",
    [
        ("He spent more than a year planning the trip.", ["more than a year"]),
        ("The note was written within an hour of the attack.", ["within an hour"]),
        # a person's drive to a place only places the scene (gold-conventions "Distances";
        # realgold5 gold: "drove about a mile to" a not-claim)
        ("She then drove about a mile to the store.", []),
        ("The new levee will run about a mile along the river.", ["about a mile"]),
        # "apart" places two scenes (gold-conventions "Distances", ruled after this test was
        # written: "three blocks apart" is not a claim; realgold5 gold: a not-claim)
        ("The two fires were reported about a block apart.", ["two"]),
        ("The feud has gone on for nearly a century.", ["nearly a century"]),
        ("He left about a year ago.", []),
        ("She posted the photo about a week before the shooting.", []),
        ("Once a year, the town holds a fair.", []),
    ],
)
def test_one_qualified_unit_is_a_figure_unless_it_places_an_event(nlp, text, claims):
    assert mention_texts(nlp, text) == claims


@pytest.mark.parametrize(("text", "value"), [("a century", 100), ("two centuries", 200)])
def test_centuries_are_normalised_to_years(text, value):
    assert parse_figure(text) == Quantity(value=value, unit="year")


@pytest.mark.parametrize(
    "text, span",
    [
        ("Police arrived within 10 minutes of the call.", "within 10 minutes"),
        ("She pulled within 3 points of the leader.", "within 3 points"),
        ("The note was written within an hour of the attack.", "within an hour"),
    ],
)
def test_within_caps_the_figure_after_it(nlp, text, span):
    doc, mention = find_mention(nlp, text, span.split()[-2])
    assert (mention.span(doc).text, mention.approx) == (span, Approx.UPPER_BOUND)
