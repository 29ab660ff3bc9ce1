"""A fighting force counting the other side's dead, wounded or captured is partisan (gold README,
partisan_source: "a belligerent reports the results of its own military action";
docs/gold-conventions.md "A fighting force's count of the other side's losses"): a force the
extractor knows by a noun beyond a military's (a paramilitary, a junta, a police force fighting
bandits where the text makes it the doer, a general staff) or by the text making the source the
doer. Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In a post online, the paramilitary said it had overrun two bases and killed "
            '"more than 140 enemy fighters".',
            "140",
        ),
        (
            "Junta spokesman Major General Min Thant Soe said the air force had bombed a camp "
            'and killed "about 35 terrorists".',
            "35",
        ),
        (
            "A police spokesman, Inspector Marie Lafleur, said officers had killed 41 bandits "
            "in raids since March.",
            "41",
        ),
        (
            "The regional police said in a statement that officers had shot dead 9 gang members "
            "near the port.",
            "9",
        ),
        (
            "The junta spokesman, Col. Hla Myint, said the raid ended at dawn and that all "
            "five attackers had been killed.",
            "five",
        ),
        ("The paramilitary says the standoff is over and all three gunmen are dead.", "three"),
        (
            "Kenya's General Staff said enemy forces lost 620 troops killed or wounded in the "
            "week.",
            "620",
        ),
        (
            "The faction claimed the bombing. It said its fighters had killed 18 soldiers at "
            "the checkpoint.",
            "18",
        ),
    ],
)
def test_a_force_counting_the_other_sides_losses_is_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the other side did it: no act of the source's
        ("Police said militants had killed 14 soldiers at a checkpoint overnight.", "14"),
        # the police's toll of an attack as a whole counts no side's losses
        ("Police put the toll of the siege at 23 dead and 40 wounded.", "23"),
        # a passive count of soldiers may be the force's own dead: not ruled here
        ("The police said 6 soldiers were killed in the ambush.", "6"),
        # no force: witnesses are no party to the fight
        ("Residents said soldiers had killed 12 militants near the market.", "12"),
        # a passive count from the police: a side only where the text makes it the doer
        (
            "The police spokesman, Col. Hassan Nur, said the raid ended at dawn and that all "
            "five attackers had been killed.",
            "five",
        ),
        ("Police say the standoff is over and all three gunmen are dead.", "three"),
        # the police arresting suspects after a crime is no fight
        ("Police said officers had arrested 4 suspects after the robbery.", "4"),
    ],
)
def test_no_force_or_no_enemy_loss_is_no_side(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)
