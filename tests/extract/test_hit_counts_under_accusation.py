"""Under an accusation, how many times a victim was hit is no allegation: the wounds are found,
as the victims are; only the doer is alleged (caveat_scope.allegation, caveat_hedges._harmed_by;
docs/gold-conventions.md "Victims of an act someone is accused of"). Invented sentences."""

import pytest

from tests.conftest import kinds_of

HEDGED = "hedged"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A teen is accused of shooting his uncle and cousin once each as they slept.", "once"),
        ("He was charged with shooting a 19-year-old twice in the leg.", "twice"),
        ("The man is accused of stabbing his neighbor 12 times.", "12"),
        ("The teen allegedly shot the clerk twice.", "twice"),
    ],
)
def test_times_a_victim_was_hit_are_not_hedged(nlp, text, figure):
    assert HEDGED not in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The man is accused of stealing $2,000 three times.", "three"),
        ("The man allegedly fired 3 times at the officers.", "3"),
        ("The man is accused of firing at least 10 rounds into a home.", "10"),
    ],
)
def test_what_the_accused_act_took_or_aimed_at_stays_hedged(nlp, text, figure):
    assert HEDGED in kinds_of(nlp, text, figure)
