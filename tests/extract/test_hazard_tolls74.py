"""An armed group's count of a natural hazard's dead is no war's harm: no partisan_source (gold
README, partisan_source: "the source is a party to the matter"; the Taliban are no party to an
earthquake). A war's dead stay partisan. Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "A strong earthquake killed at least 870 people in Kunar province, the Taliban said.",
            "870",
        ),
        ("Flash floods have killed 64 people in the north, a Houthi spokesman said.", "64"),
    ],
)
def test_an_armed_group_on_a_hazards_dead_is_no_side(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)


def test_an_armed_group_on_a_wars_dead_stays_partisan(nlp):
    text = "Shelling killed 37 people in the market, a Houthi spokesman said."
    assert PARTISAN in kinds_of(nlp, text, "37")
