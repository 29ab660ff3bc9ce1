"""A party, or an official who speaks for it, counting the election it contests (seats, polling
stations, its own tally, turnout) is partisan_source, with no candidate named
(election_parties.py; docs/gold-conventions.md, "A party on the election it contests"). Not an
election commission, not a party on a third matter. Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The Harvest Party (HP), which led the opposition campaign, said on Monday it had "
            'won "at least 90 seats" in the parliamentary election.',
            "at least 90",
        ),
        (
            "The Harvest Party (HP) is ahead in early results. HP spokesman Ravi Menon told "
            'reporters the party would "cross 95 seats".',
            "95",
        ),
        (
            "The Lantern bloc's campaign chief, Petar Ivanov, told supporters the bloc was "
            '"heading for more than 70 seats".',
            "more than 70",
        ),
        (
            "The National Renewal Party said voting machines had failed at 14 polling stations.",
            "14",
        ),
    ],
)
def test_a_party_counting_its_election_is_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the body that runs the count
        (
            "The election commission said results had been declared for 120 seats by Monday.",
            "120",
        ),
        # a party on a third matter
        ("The Harvest Party said the new highway would cost 40 million dollars.", "40 million"),
    ],
)
def test_no_side_for_a_party_off_the_race_or_a_commission(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)
