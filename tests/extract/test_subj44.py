"""subj44 (session 36): a change by a share or points names the thing changed, and a multiplier
is never a count said again."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, word",
    [
        (
            "The governor's plan would cut property taxes 12 percent over three years.",
            "12 percent",
            "taxes",
        ),
        (
            "Analysts said the rule could reduce carbon emissions only 17 percent by 2030.",
            "17 percent",
            "emissions",
        ),
        (
            "Lawmakers agreed to increase school funding 4 percent next year.",
            "4 percent",
            "funding",
        ),
        (
            "The senator has pledged to lower prescription drug prices 30 percent.",
            "30 percent",
            "prices",
        ),
        ("The bill would slash the agency's budget 20 percent.", "20 percent", "budget"),
    ],
)
def test_a_change_by_a_share_names_the_thing_changed(nlp, text: str, figure: str, word: str):
    assert word in subject_of(nlp, text, figure).split()


def test_a_share_that_a_person_is_beaten_by_is_not_the_person(nlp):
    text = "Smith beat Jones 12 points in the county."
    assert "Jones" not in subject_of(nlp, text, "12 points").split()


@pytest.mark.parametrize(
    "text, figure, counted",
    [
        (
            "The two largest unions endorsed her. Spending on ads was twice as much in May.",
            "twice",
            "unions",
        ),
        (
            "The two parties agreed on a budget. The deficit is expected to roughly double.",
            "roughly double",
            "parties",
        ),
        (
            "Two firms bid for the contract. The winning bid was twice the next one.",
            "twice",
            "firms",
        ),
    ],
)
def test_a_multiplier_is_not_a_count_said_again(nlp, text: str, figure: str, counted: str):
    assert counted not in subject_of(nlp, text, figure).split()


@pytest.mark.parametrize(
    "text, figure, run",
    [
        ("It has been 235 days since Smith held a press conference.", "235 days", "days since"),
        ("Smith has gone 271 days without a press conference.", "271 days", "press conference"),
        (
            "Tuesday marks four weeks since Jones won the primary, forcing two rivals out.",
            "four weeks",
            "won the primary",
        ),
        (
            "In the three years since the mill closed, the town has lost 400 jobs.",
            "three years",
            "since the mill closed",
        ),
    ],
)
def test_a_gap_of_time_names_what_it_is_since_or_without(nlp, text: str, figure: str, run: str):
    assert run in subject_of(nlp, text, figure)


def test_a_span_without_a_gap_word_keeps_its_subject(nlp):
    text = "The senator has not spoken to reporters in three weeks."
    assert "since" not in subject_of(nlp, text, "three weeks")


def test_a_duration_without_something_stays_a_duration(nlp):
    text = "A former inmate said he had been held for 11 months without charge."
    assert "held" in subject_of(nlp, text, "11 months").split()
