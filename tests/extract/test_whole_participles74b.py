"""A share of a whole that a participle right after it narrows ("one in four of the people
rescued from the river were children") is named with the participle: the share counts those
rescued, not people at large (participle_wholes.py, ``whole_participle``; gold README,
"subject"; wire2l "intercepted", wire2y "killed", wirem "people crossing"). A whole with no
participle after it stays as it was. Invented texts."""

from __future__ import annotations

from tests.conftest import subject_of

_RESCUED = (
    "Floods hit the valley.\n\n"
    "The fire service said one in four of the people rescued from the river on Sunday were "
    "children.\n"
)

_ARRIVING = (
    "Ferry traffic grew.\n\nAbout a third of the passengers arriving at the port were tourists.\n"
)

_PLAIN = "Survey results were mixed.\n\nAbout a third of the residents said rents were too high.\n"


def test_a_share_of_a_whole_with_a_past_participle_names_the_participle(nlp):
    assert "rescued" in subject_of(nlp, _RESCUED, "one in four").split()


def test_a_share_of_a_whole_with_a_present_participle_names_the_participle(nlp):
    assert "arriving" in subject_of(nlp, _ARRIVING, "About a third").split()


def test_a_share_of_a_plain_whole_names_the_whole_alone(nlp):
    assert subject_of(nlp, _PLAIN, "About a third") == "residents"
