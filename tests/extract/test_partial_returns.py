"""A count still coming in is preliminary: "with 80 percent of precincts reporting" (gold
README, preliminary: "initial count"); the share reporting itself is not, nor a complete count."""

from __future__ import annotations

import pytest

from tests.conftest import preliminary_of as _preliminary


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("The mayor led by 9 points with 80 percent of precincts reporting.", "9 points", True),
        ("The mayor led by 9 points with 80 percent of precincts reporting.", "80 percent", False),
        ("Ortiz had 3,412 votes with nearly 70% of the ballots counted.", "3,412", True),
        ("The levy was failing by 312 votes with most precincts reporting.", "312", True),
        ("Ward won 53.1 percent, with 100 percent of precincts reporting.", "53.1 percent", False),
    ],
)
def test_figures_of_a_partial_count_are_preliminary(nlp, text, figure, expected):
    assert _preliminary(nlp, text)[figure] is expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Ortiz trailed by more than 8 points with more than half of the results in.",
            "more than 8 points",
        ),
        ("Ortiz trailed by 8 points with about 60 percent of the results in.", "8 points"),
    ],
)
def test_results_still_coming_in_make_the_count_preliminary(nlp, text, figure):
    assert _preliminary(nlp, text)[figure] is True


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("With almost 100% of the precincts reporting, Diaz led by 212 votes.", "212"),
        (
            "With 99 percent of precincts reporting, the two took a combined 61 percent.",
            "61 percent",
        ),
    ],
)
def test_an_all_but_complete_count_is_not_preliminary(nlp, text, figure):
    assert _preliminary(nlp, text)[figure] is False


def test_partial_count_in_a_sentence_without_figures_covers_the_next_sentence(nlp):
    text = (
        "With about 60 percent of precincts reporting, the race for sheriff was too close to "
        "call. Diaz had 11,204 votes to Lane's 11,150."
    )
    found = _preliminary(nlp, text)
    assert found["11,204"] and found["11,150"]
