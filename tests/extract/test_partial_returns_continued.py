"""A count still coming in goes on into the sentences that keep listing its results ("With 60
percent of precincts reporting, Ortiz had 48 percent. Diaz was second with 31 percent."): those
shares and vote counts are the same initial count (gold README, preliminary: "initial count").
A sentence of another year, another source or another paragraph, or one with no result of the
race, ends the list."""

from __future__ import annotations

import pytest

from tests.conftest import preliminary_of as _preliminary

CUE = "With 60 percent of precincts reporting, Ortiz had 48 percent of the vote."


@pytest.mark.parametrize(
    ("after", "figure"),
    [
        (" Diaz was second with 31 percent.", "31 percent"),
        (" Diaz was second with 31 percent. Lane had 12 percent.", "12 percent"),
        (" Diaz trailed with 8,300 votes.", "8,300"),
    ],
)
def test_the_next_results_of_the_count_are_preliminary(nlp, after, figure):
    assert _preliminary(nlp, CUE + after)[figure] is True


@pytest.mark.parametrize(
    ("after", "figure"),
    [
        (" In 2012, she won 60 percent.", "60 percent"),
        ("\n\nDiaz was second with 31 percent.", "31 percent"),
        (" A poll last week had put her at 40 percent, Gallup said.", "40 percent"),
        (" Turnout was about 2,000 voters, officials said.", "about 2,000"),
        (" The county has 12 precincts. Diaz had 31 percent.", "31 percent"),
    ],
)
def test_another_year_source_or_paragraph_ends_the_count(nlp, after, figure):
    assert _preliminary(nlp, CUE + after)[figure] is False
