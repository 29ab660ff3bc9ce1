"""A belligerent's spokesman named once by role and then by name gives the side's own action:
partisan_source (military_speakers.py; gold README: "a belligerent reports the results of its
own military action"). Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"
ROLE = "The army gave its own account. Army spokesman Col. Dario Venn spoke in Orlev. "


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (ROLE + "Venn said jets had destroyed 14 rebel trucks in the north.", "14"),
        (ROLE + "Venn said jets had hit depots and killed more than 90 fighters.", "90"),
        (ROLE + "He said air defences had brought down five drones overnight.", "five"),
    ],
)
def test_a_named_army_spokesman_on_the_armys_action_is_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the same spokesman on a matter that is no action of the army's
        (ROLE + "Venn said 3,000 families had fled the town since May.", "3,000"),
        # a spokesman of no military
        (
            "Hospital spokesman Dario Venn spoke in Orlev. Venn said surgeons had removed "
            "shrapnel from 14 patients.",
            "14",
        ),
    ],
)
def test_a_spokesman_off_the_armys_action_is_no_side(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)
