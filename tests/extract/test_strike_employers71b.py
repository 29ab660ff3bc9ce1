"""The employer a strike is against, named on its strikers ("the Nordair Airlines pilots'
strike", "a strike by Nordair Airlines pilots"), is a side of the strike: its figures are
partisan_source (strike_sides.py).

Gold README, partisan_source: "the source is a party to the matter". Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The Nordair Airlines pilots' strike entered a second day, the pilots' union said. "
            "Nordair Airlines said 640 flights were cancelled.",
            "640",
        ),
        (
            "It is the third strike by Nordair Airlines pilots this year, the union said. "
            "Nordair Airlines said the walkout cost it 12 million euros a day.",
            "12 million",
        ),
    ],
)
def test_the_employer_named_on_the_strikers_gives_a_sides_figure(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


def test_no_employer_is_read_from_a_city_named_on_the_strikers(nlp):
    text = (
        "It is the third strike by Chicago teachers this year, the union said. Chicago "
        "said 40 buses were rerouted."
    )
    assert PARTISAN not in kinds_of(nlp, text, "40")
