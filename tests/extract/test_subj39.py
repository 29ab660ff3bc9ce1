"""Subjects of session 31's subj39 branch: a bare percentage a candidate holds (invented text)."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The Iowa governor leads Dalton 52% to 38% among likely voters, the poll found.",
            "38%",
        ),
        (
            "A new survey is out. The 61-year-old former mayor leads Dalton, 44%-31%, among "
            "young voters.",
            "44%",
        ),
    ],
)
def test_share_led_by_a_described_candidate_in_a_poll_is_poll_support(nlp, text, figure):
    assert subject_of(nlp, text, figure) == "poll support"


@pytest.mark.parametrize(
    ("text", "figure", "holder"),
    [
        (
            "In Nevada, Republican Rep. Harold Quince has 47%, while Democratic state "
            "senator Maria Odalys has 43%.",
            "43%",
            "Odalys",
        ),
        (
            "Gareth Pruitt spoke first. Among independents, 31 percent backed Lannister, "
            "followed narrowly by Pruitt with 29 percent.",
            "29 percent",
            "Pruitt",
        ),
        (
            "Anna Feld and Bruno Ostrowski spoke. Feld lags behind both with 14 percent, and "
            "Ostrowski further back with 9 percent.",
            "9 percent",
            "Ostrowski",
        ),
    ],
)
def test_share_a_named_candidate_holds_names_that_candidate(nlp, text, figure, holder):
    assert holder in subject_of(nlp, text, figure).split()


@pytest.mark.parametrize(
    ("text", "figure", "subject_word"),
    [
        ("The jobless rate is at 5 percent, voters say.", "5 percent", "rate"),
        ("Marston has 40% of the pledged delegates so far.", "40%", "delegates"),
    ],
)
def test_share_not_held_by_a_candidate_keeps_its_subject(nlp, text, figure, subject_word):
    assert subject_word in subject_of(nlp, text, figure).split()
