"""Organisers of an event that takes no side give no partisan_source; a side's organisers do
(neutral_organizers.py; gold README, partisan_source: "march organisers' own count").

Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Organizers of the marathon said 30,000 runners took part on Sunday.", "30,000"),
        ("Festival organizers said 80,000 people attended over the weekend.", "80,000"),
        ("Organizers of the county fair said 60,000 visitors came this year.", "60,000"),
        ("Organizers said 2,000 people attended the candlelight vigil on Friday.", "2,000"),
        ("Concert organisers said 45,000 tickets were sold in an hour.", "45,000"),
    ],
)
def test_organisers_of_an_event_of_no_side_are_not_partisan(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Organizers of the march said 10,000 people joined.", "10,000"),
        ("Organizers said 5,000 people took part in the protest.", "5,000"),
        ("March organizers said 200,000 came, though police counted fewer.", "200,000"),
        # a side's action beside the event keeps the caveat
        ("Organizers said 300 people joined the protest outside the festival.", "300"),
    ],
)
def test_organisers_of_a_sides_action_stay_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A court-appointed monitor said it found 40 violations at the jail.", "40"),
        ("A university-affiliated hospital said 12 patients were treated.", "12"),
        ("A women-led cooperative said it employs 90 weavers.", "90"),
        ("The student-led group said 200 people signed its pledge.", "200"),
    ],
)
def test_a_body_of_no_side_running_it_is_not_partisan(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The Hamas-run health ministry said 41 people were killed.", "41"),
        ("The rebel-held town's council said 60 people were wounded.", "60"),
    ],
)
def test_a_side_running_the_source_stays_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)
