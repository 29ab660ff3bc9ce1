"""A caveat naming the sides or a pair of counts reaches those sources' figures
(caveat_sides.py): invented sentences, parallel to wire copy."""

import pytest

from factcheck.model import Caveat
from tests.conftest import claim_kinds

VERIFIED = Caveat.NOT_INDEPENDENTLY_VERIFIED


_FIGHTING = (
    "The regional health office said 31 people were killed in the fighting. The army said its "
    "troops killed 45 rebels near Rutshuru. A relief group that runs clinics in the area said "
    "it treated 120 wounded. The rebel alliance said its fighters shot down two army drones. "
)


@pytest.mark.parametrize(
    "closing",
    [
        "None of the figures given by the warring parties could be independently verified.",
        "Neither side's figures could be independently verified.",
    ],
)
def test_caveat_on_the_warring_parties_reaches_each_party_not_the_civil_sources(nlp, closing):
    kinds = claim_kinds(nlp, _FIGHTING + closing)
    assert VERIFIED in kinds["45"]  # the army, two sentences back
    assert VERIFIED in kinds["two"]  # the rebels, just before
    assert VERIFIED not in kinds["31"]  # the health office is no party
    assert VERIFIED not in kinds["120"]  # nor is the relief group


def test_sentence_naming_no_side_leaves_the_parties_figures_alone(nlp):
    kinds = claim_kinds(nlp, _FIGHTING + "The talks resume on Monday.")
    assert VERIFIED not in kinds["45"]
    assert VERIFIED not in kinds["two"]


_MARCH = (
    "Police put the crowd at about 20,000. The teachers' union said 150,000 people marched, "
    'seven times the police figure. "This is the largest march in two decades," said union '
    "leader Ana Ruiz. "
)


def test_either_count_reaches_the_two_sources_counts_not_the_quote_after_them(nlp):
    kinds = claim_kinds(nlp, _MARCH + "Wire was unable to independently verify either count.")
    assert VERIFIED in kinds["about 20,000"]
    assert VERIFIED in kinds["150,000"]
    assert VERIFIED not in kinds["two decades"]  # a span of time is no count
    assert VERIFIED not in kinds["seven times"]  # nor is a multiplier


def test_march_without_a_caveat_keeps_its_counts_unmarked(nlp):
    kinds = claim_kinds(nlp, _MARCH + "The march ended peacefully.")
    assert not any(VERIFIED in k for k in kinds.values())
