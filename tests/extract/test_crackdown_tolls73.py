"""A government (an interior or home ministry or minister, a junta) that gives a protest's
death toll lower than another source's is a party to its own crackdown: its counts of the dead,
the hurt and the held are partisan_source (crackdown_tolls.py). Not the police, not a ministry
whose toll no one puts higher, not an article about no protest. Gold README, partisan_source.
Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"

_CONTESTED = (
    "Protesters marched on the palace for a third day. A rights group said at least 40 "
    "protesters had been shot dead during the demonstrations. "
)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            _CONTESTED + "Interior Minister Pavel Orlo said 12 people had died in the riots.",
            "12",
        ),
        (
            _CONTESTED + "Interior Minister Pavel Orlo said 12 people had died in the riots, "
            "and that 60 police officers had been injured.",
            "60",
        ),
        (
            _CONTESTED + "The home ministry said 12 people had died and that 300 people had "
            "been arrested for arson.",
            "300",
        ),
        (
            _CONTESTED + "The junta said 12 people had died in the unrest. A junta spokesman, "
            "Col. Ivo Marsh, said 25 soldiers were wounded.",
            "25",
        ),
    ],
)
def test_a_government_under_a_higher_toll_is_partisan_on_its_crackdown(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the police, not the government (not partisan in two sets)
        (_CONTESTED + "The national police said 12 people had died in the riots.", "12"),
        # the government's toll is the higher one
        (_CONTESTED + "The interior ministry said 45 people had died in the riots.", "45"),
        # no other toll: the ministry's arrests alone
        (
            "Protesters marched on the palace for a third day. The demonstrations were calm. "
            "The interior ministry said 300 people had been arrested at the protests.",
            "300",
        ),
        # a flood, not a protest
        (
            "Floods swept the valley. A charity said at least 40 people had died. The interior "
            "ministry said 12 people had died and 300 had been rescued.",
            "12",
        ),
    ],
)
def test_no_side_without_a_government_toll_of_a_contested_protest(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)
