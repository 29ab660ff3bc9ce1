"""Where an estimate's hedge reaches (caveat_hedges.hedge_of; gold README, hedged): a share
under an estimate verb is hedged; the level a figure rose from and the list an estimated total
includes are not. Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

HEDGED = "hedged"


def test_a_share_under_an_estimate_verb_is_hedged(nlp):
    text = '"We estimate that one in three deaths is happening at home," the director said.'
    assert HEDGED in kinds_of(nlp, text, "one in three")


@pytest.mark.parametrize(
    ("text", "estimated", "known"),
    [
        (
            "She said turnout was estimated at 68%, up from 61.2% at the last election.",
            "68%",
            "61.2%",
        ),
        (
            "The board has frozen assets worth an estimated 500 million shillings, including "
            "14 plots of land and a fleet of 19 vehicles.",
            "500 million",
            "14",
        ),
    ],
)
def test_the_estimate_stays_on_its_own_figure(nlp, text, estimated, known):
    assert HEDGED in kinds_of(nlp, text, estimated)
    assert HEDGED not in kinds_of(nlp, text, known)


def test_a_past_level_is_not_provisional_by_a_later_sentence(nlp):
    text = (
        'She said turnout was 68%, up from 61.2% at the last election. "These are '
        'provisional figures. They will move as the remaining districts come in," she said.'
    )
    assert "preliminary" in kinds_of(nlp, text, "68%")
    assert "preliminary" not in kinds_of(nlp, text, "61.2%")
