"""A passive combat verb whose "by" phrase (hung elsewhere by the parse) names another side's
doer is no report of the source's own action: no partisan_source (other_sides.py). Gold README,
partisan_source; invented sentences.
"""

from tests.conftest import kinds_of

PARTISAN = "partisan_source"


def test_victims_of_another_sides_bombs_are_not_the_sources_own_act(nlp):
    text = (
        "The city has been shelled daily for months. Two civilians were killed and five"
        " wounded there over the previous day by Tarsinian glide bombs and artillery, the"
        " regional military administration said."
    )
    assert PARTISAN not in kinds_of(nlp, text, "Two")


def test_a_passive_strike_with_no_doer_stays_the_militarys_own(nlp):
    text = "The military said 450 targets were struck over the past day."
    assert PARTISAN in kinds_of(nlp, text, "450")
