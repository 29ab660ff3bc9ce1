"""A bracketed conversion restates the hedged figure before it: hedged too (session 68).

Gold README, "hedged"; tests/wireo o_2 and tests/wirex x_1 gold (two writers). Invented
sentences.
"""

from tests.conftest import kinds_of

HEDGED = "hedged"


def test_a_conversion_of_an_estimated_sum_is_hedged(nlp):
    text = (
        "Direct losses were put at an estimated 9.2 billion yuan ($1.3 billion), the agency said."
    )
    assert HEDGED in kinds_of(nlp, text, "$1.3 billion")


def test_a_conversion_of_an_estimated_area_is_hedged(nlp):
    text = "Floods ruined crops on an estimated 2.1 million acres (850,000 hectares), Ruiz said."
    assert HEDGED in kinds_of(nlp, text, "850,000")


def test_a_conversion_of_an_unhedged_figure_stays_unhedged(nlp):
    text = (
        "The ministry estimated losses at 14 billion yuan, up from 9 billion yuan "
        "($1.3 billion) last year."
    )
    assert HEDGED not in kinds_of(nlp, text, "$1.3 billion")


def test_a_bracketed_share_of_a_known_count_stays_unhedged(nlp):
    text = "Officials said 300 homes (about 40 percent of the village) were destroyed."
    assert HEDGED not in kinds_of(nlp, text, "40 percent")
