"""A verb of saying or counting used for an act (`actverbs`, acting_verbs.py).

The source is whoever gives the figure; someone who does something counted is not its source
(gold README "source"): how long or how often the act went on, or what the act won or dealt
with, is the writer's. Sentences are invented, parallel to real cases (realgold6 "claiming 41
percent of the vote", realgold8 "had confirmed 68 judicial nominees": gold source none).
"""

import pytest
from spacy.language import Language

from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Dana Ortiz testified for six hours before the committee.", "six hours"),
        ("The mayor argued for 40 minutes with the clerk.", "40 minutes"),
        ("Dana Ortiz calculated the bill in three minutes.", "three minutes"),
        ("Dana Ortiz announced her retirement after 30 years.", "30 years"),
        (
            "Senators are confirming nominees at the slowest pace in more than 40 years.",
            "more than 40 years",
        ),
    ],
)
def test_a_time_adverbial_of_the_act_is_the_writers(nlp: Language, text: str, figure: str) -> None:
    assert source_of(nlp, text, figure)[0] == ""


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # the time is in what is reported: the clause, a counted object, a confessed act
        ("Dana Ortiz testified that she worked there for six years.", "six years", "Dana Ortiz"),
        ("The ministry reported 40 deaths in three days.", "40", "The ministry"),
        (
            "Dana Ortiz admitted to stealing from 12 clients over 14 months.",
            "14 months",
            "Dana Ortiz",
        ),
    ],
)
def test_a_time_in_the_report_keeps_its_source(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Lee won the district, claiming 52 percent of the vote to Ruiz's 40 percent.",
            "52 percent",
        ),
        (
            "Lee won the district, claiming 52 percent of the vote to Ruiz's 40 percent.",
            "40 percent",
        ),
        ("The Senate confirmed 14 judges last year.", "14"),
        ("The trooper cited nine drivers for speeding.", "nine"),
        ("Dana Ortiz told three jokes during the speech.", "three"),
        ("A house fire on Sunday claimed the lives of a woman and her three sons.", "three"),
    ],
)
def test_what_the_act_won_or_dealt_with_is_the_writers(
    nlp: Language, text: str, figure: str
) -> None:
    assert source_of(nlp, text, figure)[0] == ""


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("The coroner cited nine deaths.", "nine", "The coroner"),
        ("Lee claimed that 3,000 ballots were forged.", "3,000", "Lee"),
        ("The police confirmed three deaths on Monday.", "three", "The police"),
    ],
)
def test_what_the_verb_reports_keeps_its_source(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The school counted on $2 million in state grants.", "$2 million"),
        ("The man pointed a gun at two deputies.", "two"),
    ],
)
def test_a_phrasal_act_is_no_report(nlp: Language, text: str, figure: str) -> None:
    assert source_of(nlp, text, figure)[0] == ""
