"""A body the article names as a march's or strike's organiser by a relative clause gives that
side's own count: partisan_source (named_organizers.organizing_bodies; gold README: "march
organisers' own count"). And "U.N.-backed" names no side. Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The National Federation of Transport (FNT), which called the march with two "
            "student groups, said more than 150,000 people took part.",
            "150,000",
        ),
        (
            "The Renters' Front, which organised the protest, said some 8,000 marched. "
            "Police gave no figure.",
            "8,000",
        ),
        (
            "The Metal Workers Confederation (MWC), which called for the strike, spoke on "
            "Monday. The MWC said 90% of plants were idle.",
            "90%",
        ),
    ],
)
def test_a_body_that_called_the_march_gives_its_sides_count(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a body named by what it did, but no side's action
        (
            "The National Statistics Board, which called the survey a success, said 12,000 "
            "homes took part.",
            "12,000",
        ),
        # the UN backing a monitor makes no side of it
        (
            "The U.N.-backed food monitor has said shortages in the camp have lasted for more "
            "than 14 months.",
            "14 months",
        ),
    ],
)
def test_a_body_of_no_side_stays_unchanged(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)
