"""Police, an interior ministry or a junta counting the dead, hurt and detained of its own
crackdown on a protest the article contests: partisan_source (crackdown_sides.py). Not its
count of the crowd, nor arrests at a protest no one contests. Gold README, partisan_source;
docs/gold-conventions.md, "A crackdown's side". Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"

# a protest story that contests the force used: protests named three times, a rights group
CONTESTED = (
    "Protesters filled the avenue for a third night of protests against the fuel price rise. "
    "A rights group said security forces had fired live rounds at the demonstrations. "
)
# a protest story with no contest of the force
QUIET = (
    "Protesters filled the avenue for a third night of protests against the fuel price rise. "
    "The demonstrations were largely peaceful, organisers said. "
)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The interior ministry said 12 people had died in the riots.", "12"),
        ("Police said 240 people had been arrested since Monday.", "240"),
        ("The ministry of the interior said 57 officers had been injured.", "57"),
        ("Interior Minister Tomas Reyes said 31 people were detained overnight.", "31"),
    ],
)
def test_the_force_counting_its_crackdown_is_partisan(nlp, sentence, figure):
    assert PARTISAN in kinds_of(nlp, CONTESTED + sentence, figure)


def test_a_person_named_after_the_forces_role_is_partisan(nlp):
    text = (
        CONTESTED + "Police spokesman Arno Velde rejected the figure. "
        "Velde said 19 civilians had been wounded by stones thrown by other protesters."
    )
    assert PARTISAN in kinds_of(nlp, text, "19")


def test_the_polices_crowd_count_is_no_side(nlp):
    text = CONTESTED + "Police put the crowd at about 9,000."
    assert PARTISAN not in kinds_of(nlp, text, "9,000")


def test_arrests_at_an_uncontested_protest_are_no_side(nlp):
    text = QUIET + "Police said 240 people had been arrested since Monday."
    assert PARTISAN not in kinds_of(nlp, text, "240")


def test_a_health_ministrys_count_of_the_hurt_is_no_side(nlp):
    text = CONTESTED + "The health ministry said 27 people had been taken to hospital."
    assert PARTISAN not in kinds_of(nlp, text, "27")
