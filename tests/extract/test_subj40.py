"""Subjects of session 32's subj40 branch: margins, ranked groups, money spent (invented text)."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The margin of sampling error is plus or minus four percentage points for all adults.",
            "four percentage points",
        ),
        ("The margin of sampling error is plus or minus 3.5 percent.", "3.5 percent"),
        (
            "The margin of error is plus or minus two percentage points for all adults.",
            "two percentage points",
        ),
    ],
)
def test_margin_of_sampling_error_is_the_margin_of_error(nlp, text, figure):
    assert subject_of(nlp, text, figure) == "margin of error"


@pytest.mark.parametrize(
    ("text", "figure", "group"),
    [
        # set off after the people it sizes: alone, "the top 1 percent" only names a group and
        # is no claim (fpshape, session 41: group_percentiles.py; realgold5, realgold24 golds)
        ("Those earning over $1 million, the top 1 percent, got most of it.", "1 percent", "top"),
        ("Families earning $400,000, the richest 2 percent, saw gains.", "2 percent", "richest"),
        (
            "Those earning over $300,000, the wealthiest 3 percent, would pay more.",
            "3 percent",
            "wealthiest",
        ),
        (
            "Families earning under $20,000, the bottom 20 percent of households, got little.",
            "20 percent",
            "households",
        ),
    ],
)
def test_share_a_ranking_adjective_picks_out_is_that_group(nlp, text, figure, group):
    assert group in subject_of(nlp, text, figure).split()


@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        (
            "The two groups spent $450,000 on fees tied to online outreach.",
            "$450,000",
            {"fees", "spent"},
        ),
        (
            "A group backing the mayor, Citizens for Growth, led the pack, dropping $1.2 million "
            "on radio spots.",
            "$1.2 million",
            {"spots"},
        ),
        (
            "The committee has spent more than $2 million on all manner of trinkets.",
            "more than $2 million",
            {"trinkets", "spent"},
        ),
    ],
)
def test_money_spent_on_things_is_named_by_them_and_the_spending(nlp, text, figure, words):
    assert words <= set(subject_of(nlp, text, figure).split())


def test_money_a_level_did_not_drop_is_not_spending(nlp):
    assert "spending" not in subject_of(nlp, "Shares of the firm dropped $3 on Tuesday.", "$3")


def test_adjective_on_a_compound_stays_in_the_subject(nlp):
    text = "The contractor guards 80 percent of the state's nuclear power plants."
    assert subject_of(nlp, text, "80 percent") == "nuclear power plants"


def test_a_dash_is_never_the_subject(nlp):
    text = "A large part of that ― $2.4 million ― was spent on mailers attacking the governor."
    assert "―" not in subject_of(nlp, text, "$2.4 million")
