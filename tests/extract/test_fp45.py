"""fp45 (session 37): numbers the gold does not take as claims. Invented texts.

A distance a person covers on the way to the next event only places the scene
(docs/gold-conventions.md "Distances": "drove 9 miles to a friend's house" is not a claim); a
distance that is itself measured stays a claim. The challenge set ``challenge_fp45.py`` holds
not-claims of many shapes beside look-alikes that are claims.
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of
from tests.extract.challenge_fp45 import CHALLENGE, score

# at fp45: precision 0.67 (31 of 46), recall 0.97 (31 of 32) on the challenge set, implied
# counts left out (at 0.34.0: 0.61 and 0.97)
_PRECISION_FLOOR = 0.66
_RECALL_FLOOR = 0.95


def _figures(nlp, text: str) -> list[str]:
    """The claim texts of ``text``, implied counts left out (the scorer leaves them out)."""
    return [c.text for c in claims_of(nlp, text) if not c.implied]


@pytest.mark.parametrize(
    "text",
    [
        "The suspect drove about 20 miles to his mother's house, police said.",
        "She walked two blocks to a gas station and called for help.",
        "The wounded man drove himself about a mile to a fire station.",
        "The victim ran about 100 yards before collapsing on the sidewalk.",
        "He then traveled 30 miles to Dayton, where he was arrested.",
        "Nobody knows why he drove three hours south to the coast that night.",
    ],
)
def test_distance_travelled_on_the_way_is_not_a_claim(nlp, text):
    assert _figures(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the length of a thing is measured, not travelled
        ("The new pipeline would run 1,100 miles and cost $8 billion.", "1,100 miles"),
        ("The parade route stretches 3 miles through downtown.", "3 miles"),
        # a trip's cost in time, with its ends named
        ("The senator must travel nearly four hours from the capital to the coast.", "four hours"),
        # how long the driving lasted
        ("The couple drove for nine hours north to reach the border.", "nine hours"),
    ],
)
def test_measured_length_or_trip_time_stays_a_claim(nlp, text, figure):
    assert any(figure in t for t in _figures(nlp, text))


def test_challenge_not_claims_beside_look_alikes(nlp):
    precision, recall = score(lambda text: _figures(nlp, text), CHALLENGE)
    assert precision >= _PRECISION_FLOOR
    assert recall >= _RECALL_FLOOR


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Supporters outspent the opposition 4-1 in the final month.", "4-1"),
        ("Registered Democrats outnumber Republicans 3 to 1 in the district.", "3 to 1"),
        ("By 2-1, renters say housing costs are the city's biggest problem.", "2-1"),
    ],
)
def test_ratio_to_one_is_one_figure(nlp, text, figure):
    figures = _figures(nlp, text)
    assert figure in figures
    assert "1" not in figures


@pytest.mark.parametrize(
    "text",
    [
        # a falling change is two figures
        "Turnout fell from 9 percent to 1 percent in the runoff.",
        # a chain of numbers is a name
        "Aides call it the 3-2-1 plan: third, second, then first.",
    ],
)
def test_falling_pair_or_chain_is_no_ratio(nlp, text):
    assert not any("-1" in f or "to 1" in f for f in _figures(nlp, text))
