"""Speakers the parse hides in political news (session 38, src46): a reporting gerund after a
preposition speaks with its head verb's subject (gerund_speakers.py), a reminder reports its
"that" clause, and a quotation closed by a rejoinder ("Ortiz countered") or an interviewer's
follow-up ("Rusk pressed") names its speaker. Gold README, "Source kinds"."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


def _source(nlp, text: str, figure: str) -> str:
    claim = next(c for c in claims_of(nlp, text) if c.text == figure)
    return claim.source.text


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Senator Joan Pell erred in saying that 70 percent of the aid was wasted.",
            "70 percent",
            "Senator Joan Pell",  # the title kept (gold-conventions; test_office_titles)
        ),
        (
            "The mayor opened the meeting by noting that crime had fallen 12 percent.",
            "12 percent",
            "The mayor",
        ),
        (
            "After saying that the state would hire 500 teachers, the governor left the stage.",
            "500",
            "the governor",
        ),
    ],
)
def test_reporting_gerund_after_a_preposition_speaks_with_the_head_verbs_subject(
    nlp, text, figure, source
):
    assert _source(nlp, text, figure) == source


def test_a_reminder_reports_its_that_clause(nlp):
    text = (
        "Boxer attacked Fiorina by reminding voters that the merger forced HP to cut 30,000 jobs."
    )
    assert _source(nlp, text, "30,000") == "Boxer"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ('"Would you deport all 11 million?" the host pressed.', "11 million", "the host"),
        ('"We carried 40 counties," the senator countered.', "40", "the senator"),
        (
            '"That leaves a $2 billion hole," the treasurer interjected.',
            "$2 billion",
            "the treasurer",
        ),
    ],
)
def test_a_quotation_closed_by_a_rejoinder_names_its_speaker(nlp, text, figure, source):
    assert _source(nlp, text, figure) == source


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Lee won the seat by beating 3 rivals.", "3"),
        ("The governor reminded reporters of the 2008 race, when he won 55 percent.", "55 percent"),
        ("Unions pressed for a $15 minimum wage.", "$15"),
        ("The campaign countered the ad with 3 new spots of its own.", "3"),
        ("The campaign countered by suggesting 4 other dates for the debate.", "4"),
    ],
)
def test_acts_after_a_preposition_and_requests_report_nothing(nlp, text, figure):
    assert _source(nlp, text, figure) == ""
