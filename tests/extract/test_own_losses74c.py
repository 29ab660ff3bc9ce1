"""A fighting force (not the police) counting its own dead or wounded is partisan
(docs/gold-conventions.md "A fighting force's count of its own losses"): its own people killed,
wounded or lost ("seven of its own men", "the group's fighters"), the deaths of its fighters,
or its losses put at a figure ("army losses were fewer than 20"). Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The paramilitary said it had taken the ridge, while losing only 11 of its own men.",
            "11",
        ),
        (
            "The militia said on Monday that it had lost 14 of its fighters in the clashes.",
            "14",
        ),
        ("The paramilitary also said only five of its fighters had died.", "five"),
        (
            "The brigade said in a statement that nine of its soldiers were wounded near the "
            "river.",
            "nine",
        ),
        ("Hamas has announced the deaths of 6 fighters since the truce collapsed.", "6"),
        (
            "An army spokesman, Colonel Ravi Menon, said the attack had failed and that army "
            "losses were fewer than 15.",
            "15",
        ),
        ("The paramilitary said its losses were about 40.", "40"),
    ],
)
def test_a_force_counting_its_own_losses_is_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the police counting their own dead after an attack on them: no fight of their own
        ("Police said 7 of their officers were killed when gunmen stormed the station.", "7"),
        ("The police chief said the attack was repelled and that police losses were 3.", "3"),
        # a force's own people, unharmed
        ("The paramilitary said 650 of its own men were guarding the depot.", "650"),
        # no force: a hospital's nurses
        ("The hospital said 4 of its nurses were injured in the storm.", "4"),
        # the deaths of civilians, no fighters
        ("The paramilitary denied causing the deaths of 12 villagers.", "12"),
    ],
)
def test_no_force_or_no_own_loss_is_no_side(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)
