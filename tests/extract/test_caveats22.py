"""Caveats, session 20 (`caveats22`): a source that will not confirm what the figures count."""

import pytest

from tests.conftest import kinds_of

NIV = "not_independently_verified"


BOOKINGS = (
    "The union has booked halls in Leeds and Hull for its spring rallies. "
    "The first bookings cost around $20,000 in Leeds and around $15,000 in Hull. "
    "Both cities have hosted 12 rallies since 2019. "
    "Union officials declined to confirm the bookings."
)


@pytest.mark.parametrize(
    ("figure", "present"),
    [
        # the sentence of the bookings: the refusal to confirm them leaves them unverified
        ("around $20,000", True),
        ("around $15,000", True),
        # a figure of another thing, between them and the refusal
        ("12", False),
    ],
)
def test_declining_to_confirm_the_thing_counted_leaves_its_figures_unverified(nlp, figure, present):
    assert (NIV in kinds_of(nlp, BOOKINGS, figure)) is present


def test_refusing_to_confirm_a_figure_noun_reaches_the_figure_before(nlp):
    text = (
        "The ministry said 48 people were arrested at the border. "
        "A spokesman refused to confirm the figure."
    )
    assert NIV in kinds_of(nlp, text, "48")


def test_declining_to_confirm_an_indefinite_thing_names_no_figures(nlp):
    text = (
        "The first bookings cost around $20,000 in Leeds. "
        "Union officials declined to confirm any bookings for the autumn."
    )
    assert NIV not in kinds_of(nlp, text, "around $20,000")


def test_another_form_of_the_named_word_links_its_figure(nlp):
    # "booking agents" names the bookings as "the bookings" does; "Bookmakers" only starts alike
    text = (
        "The band has reserved at least five venues, according to booking agents. "
        "Bookmakers offered odds of 7 to 1 on a sell-out. "
        "The band's managers declined to confirm the bookings."
    )
    assert NIV in kinds_of(nlp, text, "at least five")
    assert NIV not in kinds_of(nlp, text, "7")
