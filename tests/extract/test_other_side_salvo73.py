"""The drones or missiles another side launched or fired, counted by the side they were aimed
at, are no action of the source's own: no partisan_source (other_sides.launched_by_another_side).
What the source's own defences did with them stays partisan. Gold README, partisan_source.
Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Moldova's air force said Russia launched 84 drones at the border overnight.", "84"),
        ("The Estonian army said Russia fired 12 rockets across the river on Monday.", "12"),
        ("A U.S. Navy spokesman said the Houthis had launched 17 missiles at tankers.", "17"),
        (
            "Poland's air force said Belarus launched 40 drones overnight, and that its air "
            "defences had shot down 31 of them.",
            "40",
        ),
    ],
)
def test_the_other_sides_salvo_is_no_own_action(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Poland's air force said Belarus launched 40 drones overnight, and that its air "
            "defences had shot down 31 of them.",
            "31",
        ),
        ("Russia's defence ministry said Russia launched 30 missiles at the port.", "30"),
        ("The Israeli military said Israel fired 40 shells at the ridge.", "40"),
        ("Hezbollah said it fired 60 rockets at the base.", "60"),
    ],
)
def test_the_sources_own_salvo_and_interceptions_stay_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)
