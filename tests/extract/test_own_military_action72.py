"""A belligerent reporting its own military action is partisan (gold README, partisan_source):
a state named alone as the source ("Russia says it downed ..."), and border troops speaking of
their units' action, as an army or its forces are. Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Russia said it had shot down 41 Ukrainian drones overnight.", "41"),
        ("Israel said it had intercepted 14 rockets fired from Lebanon.", "14"),
        ("The Kyrgyz border troops said their units had destroyed 3 armoured vehicles.", "3"),
    ],
)
def test_a_belligerent_on_its_own_action_is_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("India said it would send 12 tonnes of relief supplies to Nepal.", "12"),
        ("Ukraine said 22 civilians had returned home in the exchange.", "22"),
    ],
)
def test_a_state_on_what_is_not_its_combat_is_no_side(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)
