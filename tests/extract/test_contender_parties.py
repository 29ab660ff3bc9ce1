"""A contender's party in an election abroad speaks as its campaign: partisan_source
(contender_parties.py; docs/gold-conventions.md "Candidates and campaigns"). Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"
RESULTS = (
    "Early returns gave President Tomas Lungu 49.2% against 41.7% for Anna Tembo of the "
    "United Liberal Party (ULP). "
)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (RESULTS + "The ULP said its own agents at about 2,300 stations had counted 46%.", "46%"),
        (RESULTS + "The ULP said its own agents at about 2,300 stations had counted 46%.", "2,300"),
        (
            RESULTS + "ULP chairman Joseph Mwale said the party had filed 27 complaints.",
            "27",
        ),
        (
            "President Tomas Lungu voted in Kitwe. A spokesman for Lungu's National Unity "
            "Front (NUF), Peter Banda, said the "
            "president would win with at least 55%.",
            "55%",
        ),
        (
            "Opposition leader Vera Sokol spoke on Sunday. Sokol's Civic Alliance said it had "
            "found irregularities at more than 200 polling stations.",
            "200",
        ),
    ],
)
def test_a_contenders_party_counting_the_race_is_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a party named alone is tied to no contender: an official tally, not a side's count
        ("The Liberal Party said 1,200 delegates had registered for the convention.", "1,200"),
        # a country's party, not a person's
        ("Ruvania's Green Alliance said 300 members had joined since May.", "300"),
        # the election commission gives the results, not a party
        (RESULTS + "The electoral commission said turnout was about 68%.", "68%"),
    ],
)
def test_a_party_tied_to_no_contender_is_no_side(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)
