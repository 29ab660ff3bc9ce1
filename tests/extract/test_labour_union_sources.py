"""A labour union giving a figure is a side's own count: partisan_source (labour_unions.py).

Gold README, partisan_source: "the source is a party to the matter". Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The new contract covers about 300 drivers at four depots, according to the "
            "Harbor Transit Workers of America, one of the unions representing the drivers.",
            "300",
        ),
        (
            "The new contract covers about 300 drivers at four depots, according to the "
            "Harbor Transit Workers of America, one of the unions representing the drivers.",
            "four",
        ),
        ("The union said 40 nurses had been laid off since March.", "40"),
        (
            "The Dock Staff Guild, the union that represents the crews, said 2,000 people "
            "walked out on Monday.",
            "2,000",
        ),
    ],
)
def test_a_labour_union_counting_is_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The European Union said 12 countries had signed the pact.", "12"),
        ("Workers at the plant said 300 jobs were cut on Friday.", "300"),
        ("The Valley Credit Union said it had opened 14 branches.", "14"),
    ],
)
def test_a_union_of_states_or_a_bank_is_no_side(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The NEA estimates that close to 9,000 members knocked on doors for the mayor.", "9,000"),
        ("The AFT said 1,500 teachers rallied at the Capitol.", "1,500"),
        ("The IBEW said 700 electricians would walk off the job.", "700"),
    ],
)
def test_a_union_known_by_its_initials_is_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A cameraman was also injured, according to the press workers' union SIPREN.", "A"),
        (
            "The Textile and Leather Workers Federation says at least 42 workers from the "
            "late shift have not been accounted for.",
            "42",
        ),
        ("The dockers' union said three of the crew were still missing.", "three"),
    ],
)
def test_a_union_reporting_an_events_victims_is_no_side(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)


def test_a_union_counting_its_walkout_stays_partisan_beside_a_victim_count(nlp):
    text = "The dockers' union said 3,500 members walked out and two were hurt by police."
    assert PARTISAN in kinds_of(nlp, text, "3,500")
