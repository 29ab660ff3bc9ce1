""" "About 200 people showed up": a reporting verb with a particle and no clause is an act, so
its subject's number is a count, not the number of sources (branch miss53, session 53).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("About 300 people showed up for the town meeting.", "About 300"),
        ("Only nine residents showed up on Saturday.", "nine"),
        ("Two witnesses pointed out the broken window.", "Two"),
    ],
)
def test_people_doing_an_act_with_a_particle_are_a_count(nlp, text, figure):
    assert figure in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Two aides pointed out that the plan had failed.", "Two"),
        ("The plan has failed, three officials said.", "three"),
    ],
)
def test_sources_reporting_a_clause_are_no_count(nlp, text, figure):
    assert figure in mention_texts(nlp, text, claims=False)
