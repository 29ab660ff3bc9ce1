"""Sources, session 20 (`sources22`): a poll's margin of error is no finding of the poll; a
figure in a clause set off to describe a name the report mentions is the writer's.

Sentences are invented, parallel to real cases.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of

NONE = ("", SourceKind.NONE)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "A Marist poll found Lee ahead. The poll has a margin of error of 4 percentage points.",
            "4 percentage points",
        ),
        (
            "The Gallup survey carries a margin of sampling error of plus or minus 2.5 points.",
            "2.5 points",
        ),
        (
            "The new survey has a credibility interval of 6 percentage points.",
            "6 percentage points",
        ),
    ],
)
def test_margin_of_error_a_poll_has_is_unattributed(nlp, text, figure):
    assert source_of(nlp, text, figure) == NONE


def test_poll_finding_keeps_the_poll(nlp):
    text = "The Gallup survey found 4 percent of voters undecided."
    assert source_of(nlp, text, "4 percent") == ("The Gallup survey", SourceKind.NAMED_ORG)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Surveys show Lee up by 12 points in the next contest: Ohio, which she served for "
            "six years in the House.",
            "six years",
        ),
        (
            "The poll also shows most voters will back Ann Ruiz, who shares the ballot with "
            "three of her former rivals.",
            "three",
        ),
        (
            "His campaign said it would seek a recount in Utah, where he trailed "
            "Ruiz by less than 2 percent.",
            "less than 2 percent",
        ),
    ],
)
def test_figure_in_an_aside_on_a_name_is_the_writers(nlp, text, figure):
    assert source_of(nlp, text, figure) == NONE


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Surveys show Lee up by 12 points in the next contest: Ohio, which she served for "
            "six years in the House.",
            "12 points",
            ("Surveys", SourceKind.ANONYMOUS),
        ),
        (
            "The lead, which stood at 190 before the vote, shrank, according to the Associated Press.",
            "190",
            ("the Associated Press", SourceKind.NAMED_ORG),
        ),
        (
            "Detective Ann Cole said Lopez, who had lost $40,000 at cards, had no job.",
            "$40,000",
            ("Detective Ann Cole", SourceKind.NAMED_PERSON),
        ),
        (
            "Reuters reported that drones fly over the area to find the captives, which are "
            "believed to include about 12 Britons.",
            "about 12",
            ("Reuters", SourceKind.NAMED_ORG),
        ),
        (
            "The total is above a first count released by county officials on Monday, which "
            "listed 80 cases.",
            "80",
            ("county officials", SourceKind.ANONYMOUS),
        ),
        (
            "It happened Friday, when a gunman opened fire and wounded three people, police said.",
            "three",
            ("police", SourceKind.NAMED_ORG),
        ),
    ],
)
def test_reports_still_cover_their_own_figures(nlp, text, figure, expected):
    assert source_of(nlp, text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Marist conducted the poll of 1,210 likely voters last week.",
            "1,210",
            ("Marist", SourceKind.NAMED_ORG),
        ),
        (
            "The institute surveyed 950 registered voters in Iowa and 870 in Ohio.",
            "870",
            ("The institute", SourceKind.NAMED_ORG),
        ),
        (
            "The race was close in a survey by the Ashford Polling Institute, which interviewed "
            "640 likely voters.",
            "640",
            ("the Ashford Polling Institute", SourceKind.NAMED_ORG),
        ),
    ],
)
def test_pollster_that_asked_those_counted_is_the_source(nlp, text, figure, expected):
    assert source_of(nlp, text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The Nasdaq composite average closed up 31.5 points on Friday.", "31.5 points"),
        (
            "Her committee collected $3 million in the week after polls closed in Iowa and "
            "nearly $2 million after Ohio.",
            "nearly $2 million",
        ),
        (
            "His plan is to stay in the race long enough to keep Ruiz from the 1,400 delegates "
            "she needs.",
            "1,400",
        ),
    ],
)
def test_index_closing_polls_and_what_a_plan_is_are_the_writers(nlp, text, figure):
    assert source_of(nlp, text, figure) == NONE


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Tuesday's Marist poll has Lee leading Ruiz by nine points.",
            "nine points",
            ("Tuesday's Marist poll", SourceKind.NAMED_ORG),
        ),
        (
            "The survey included 820 likely voters.",
            "820",
            ("The survey", SourceKind.NAMED_ORG),
        ),
    ],
)
def test_poll_subject_still_gives_its_figures(nlp, text, figure, expected):
    assert source_of(nlp, text, figure) == expected
