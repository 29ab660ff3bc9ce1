"""Counts in progress worded otherwise than "with 80 percent of precincts reporting" (gold
README, preliminary: "initial count", "the figure may change"; issue 11): results so far, votes still being counted, a count said to be open. Their results are
preliminary; a forecast of the final margin, a complete count and a poll are not."""

from __future__ import annotations

import pytest

from tests.conftest import preliminary_of as _preliminary


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Results so far give Ortiz 54 percent of the vote.", "54 percent"),
    ],
)
def test_results_so_far_are_preliminary(nlp, text, figure):
    assert _preliminary(nlp, text)[figure] is True


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Ballots are still being counted, but Ortiz led with 54 percent of the vote.",
            "54 percent",
        ),
        ("Ortiz led with 54 percent of the vote. Many ballots remain to be counted.", "54 percent"),
        ("Ortiz led with 54 percent of the vote as counting continued overnight.", "54 percent"),
        ("The count is not complete, but Ortiz had 54 percent of the vote.", "54 percent"),
    ],
)
def test_results_of_a_count_still_open_are_preliminary(nlp, text, figure):
    assert _preliminary(nlp, text)[figure] is True


def test_a_forecast_of_the_final_margin_stays_apart_from_the_results_so_far(nlp):
    found = _preliminary(
        nlp,
        "Ortiz won 44 percent of the vote to Lane's 31 percent. Ortiz could win by more than "
        "15 points once the mail ballots are counted.",
    )
    assert found["44 percent"] is True
    assert found["31 percent"] is True
    assert found["more than 15 points"] is False


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("With 60 percent of the expected vote counted, Ortiz had 54 percent.", "54 percent", True),
        (
            "Ortiz had 54 percent of the vote, with 212 of 390 precincts reporting.",
            "54 percent",
            True,
        ),
        ("With 390 of 390 precincts reporting, Ortiz had 54 percent.", "54 percent", False),
        ("Ortiz had 54 percent, with results from 60 percent of precincts.", "54 percent", True),
    ],
)
def test_other_wordings_of_a_partial_count(nlp, text, figure, expected):
    assert _preliminary(nlp, text)[figure] is expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("When the votes were counted, Ortiz had won 54 percent of the vote.", "54 percent"),
        ("Ortiz won 54 percent of the vote in 2014. A poll puts her at 47 percent.", "47 percent"),
    ],
)
def test_a_past_count_and_a_poll_are_not_preliminary(nlp, text, figure):
    assert _preliminary(nlp, text)[figure] is False


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "According to preliminary results released by the county, Ortiz won 54 percent.",
            ("54 percent",),
        ),
        (
            "Ortiz won 54 percent in the preliminary count, with Lane at 39 percent.",
            ("54 percent", "39 percent"),
        ),
    ],
)
def test_every_figure_of_a_preliminary_count_is_preliminary(nlp, text, figures):
    found = _preliminary(nlp, text)
    assert all(found[f] for f in figures)


@pytest.mark.parametrize(
    "text",
    [
        "Ortiz had 54 percent of the vote with 18 precincts yet to report.",
        "Ortiz had 54 percent of the vote. Eighteen precincts have yet to report.",
    ],
)
def test_precincts_yet_to_report_leave_the_count_preliminary(nlp, text):
    found = _preliminary(nlp, text)
    assert found["54 percent"] is True
    # the precincts still out are a figure of the count's scope, not one of its results
    assert [v for k, v in found.items() if k.lower() in ("18", "eighteen")] == [False]


def test_the_places_a_count_covers_are_not_its_results(nlp):
    found = _preliminary(
        nlp,
        "About 40,000 fewer voters turned out in the 12 counties that have voted so far, "
        "according to unofficial results.",
    )
    assert found["About 40,000"] is True
    assert found["12"] is False
