"""Which mentions of a source are one body, for a party's caveat shared by source
(body_mentions.py, marked_parties.py).

Gold README, partisan_source and "Caveat scope"; invented sentences.
"""

import pytest

from factcheck.extract.caveats.body_mentions import descriptors, same_body
from tests.conftest import kinds_of

PARTISAN = "partisan_source"
ARMY = "Velmora's defence ministry said its troops had destroyed 14 enemy tanks. "


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (ARMY + "Velmora's health ministry said 22 people had been killed in the shelling.", "22"),
        (ARMY + "The emergencies ministry said 3,000 people had been evacuated.", "3,000"),
    ],
)
def test_another_ministry_of_a_marked_one_is_not_partisan(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)


def test_the_marked_ministry_again_is_partisan(nlp):
    text = ARMY + "The ministry said 22 soldiers had been killed in the fighting."
    assert PARTISAN in kinds_of(nlp, text, "22")


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Velmora's health ministry", "Velmora's defence ministry", False),
        ("the Tarsin foreign ministry", "Velmora's defence ministry", False),
        ("Gaza's Health Ministry", "the Hamas-run health ministry", True),
        ("The ministry", "Velmora's defence ministry", True),
        ("Ana Ribeiro", "Ms. Ribeiro", True),
    ],
)
def test_two_mentions_are_one_body_unless_their_descriptors_differ(first, second, same):
    assert same_body(first, second) is same


def test_capitalised_and_party_words_are_no_descriptors():
    assert descriptors("the Hamas-run Health Ministry") == frozenset()
    assert descriptors("Velmora's health ministry") == {"health"}
