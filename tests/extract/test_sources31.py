"""Sources of session 25 (`sources31`).

Sentences are invented, parallel to real cases (judged by the gold README, "source").
"""

import pytest
from spacy.language import Language

from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # the writer's "we" outside quotations is no organisation named before it
        (
            "The Green Party held its convention in Denver. That is a big change from the "
            "old ways of the Liberal Party. We believe eight hearings for four bills is a fair "
            "schedule.",
            "eight",
            "",
        ),
        # and the writer's "I"
        (
            "The Northside Council met on Tuesday. I counted 40 empty seats in the hall.",
            "40",
            "",
        ),
        # negative: inside a quotation "we" keeps the quotation's speaker
        (
            '"We believe eight hearings is fair," said Dana Ortiz, the party\'s chairwoman.',
            "eight",
            "Dana Ortiz",
        ),
    ],
)
def test_first_person_outside_quotes_is_the_writer(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a reporting verb in a clause of time is part of the event, not the figure's source
        (
            "A 41-year-old Hamburg man received six months' probation in May after he had "
            "posted threats on a forum.",
            "six",
            "",
        ),
        # ... and in a clause of cause
        (
            "The club was fined $2,000 because its manager had tweeted an insult.",
            "$2,000",
            "",
        ),
        # ... and in a "since" clause of time
        (
            "It has been three months since the Senate confirmed a judge.",
            "three months",
            "",
        ),
        # negative: a closing clause with no mark still reports the figure
        (
            "The club was fined $2,000 last week, the league announced.",
            "$2,000",
            "the league",
        ),
    ],
)
def test_reporting_verb_in_a_clause_of_time_or_cause_reports_nothing(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # "put" as an act of putting reports nothing
        (
            "Dana Ruiz met the fund's partners in Geneva, and she put $40 million into the fund.",
            "$40 million",
            "",
        ),
        (
            "Ortiz shook up his staff on Monday, putting three new advisers in charge of the "
            "campaign.",
            "three",
            "",
        ),
        # negative: an estimate put at a figure still reports it
        (
            "Forbes put her net worth at $3 billion.",
            "$3 billion",
            "Forbes",
        ),
    ],
)
def test_put_reports_only_an_estimate_put_at_a_figure(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source


def test_the_latest_rubric_is_no_headline_speaker(nlp: Language) -> None:
    # the wire's running-story rubric names no one, though its prose repeats it
    text = (
        "The Latest: Ortiz wins all 40 delegates in Ohio.\n\n"
        "The Latest on the 2016 campaign, with primaries in four states Tuesday:\n\n"
        "Ortiz has won the Ohio primary."
    )
    assert source_of(nlp, text, "40")[0] == ""
