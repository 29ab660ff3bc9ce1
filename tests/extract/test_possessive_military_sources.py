"""A military body named in the possessive ("the army's media wing") reporting its own action is
partisan_source as "army spokesman" is (caveat_sources.reports_own_military_action; gold README,
partisan_source: "a belligerent reports the results of its own military action"). Invented."""

from tests.conftest import kinds_of

PARTISAN = "partisan_source"


def test_the_armys_media_wing_on_its_own_operation_is_partisan(nlp):
    text = (
        "The army's press service says all nine attackers were killed in an eight-hour operation."
    )
    assert PARTISAN in kinds_of(nlp, text, "nine")


def test_the_armys_media_wing_on_no_combat_act_is_not_partisan(nlp):
    text = "The army's press service says nine villagers were evacuated from the valley on Monday."
    assert PARTISAN not in kinds_of(nlp, text, "nine")
