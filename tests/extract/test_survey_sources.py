"""Polls and surveys as the source of the figures they frame (issue 11, session 17).

Sentences are invented, parallel to real cases.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a poll the parse hangs inside the figure's own phrase frames it
        (
            "Three governors have all been stuck near 8 percent of the vote in Ohio surveys.",
            "8 percent",
            "Ohio surveys",
        ),
        # a poll hung on the verb's object frames the figure of another part of the predicate
        (
            "Ruiz trails the mayor in the Gallup average of Iowa polls by nearly 6 points.",
            "6 points",
            "the Gallup average of Iowa polls",
        ),
        # negative: a count in the subject names who is measured, not what the poll found
        (
            "Three governors have all been stuck near 8 percent of the vote in Ohio surveys.",
            "Three",
            "",
        ),
        # negative: a poll in the subject frames only the subject
        (
            "His nine-point lead in polling averages turned into a four-point loss on Tuesday.",
            "four-point",
            "",
        ),
        # negative: a poll in another clause frames that clause
        (
            "Ruiz, who has led in the polls since May, raised $5 million in June.",
            "$5 million",
            "",
        ),
    ],
)
def test_poll_framing_the_figures_clause_is_itssource_of(nlp, text, figure, source):
    assert source_of(nlp, text, figure)[0] == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Revenue fell 4% to $2.1 billion, short of the $2.3 billion average estimate in a "
            "Reuters survey of analysts.",
            "$2.3 billion",
            "a Reuters survey of analysts",
        ),
        # negative: the survey frames the side clause's figure, not the main clause's
        (
            "Revenue fell 4% to $2.1 billion, short of the $2.3 billion average estimate in a "
            "Reuters survey of analysts.",
            "4%",
            "",
        ),
        # negative: nor the figure beside a phrase with a figure of its own
        (
            "Profit dropped 6% to $900 million, below the $950 million average forecast in a "
            "poll of analysts.",
            "6%",
            "",
        ),
    ],
)
def test_poll_beside_a_figure_of_its_own_frames_only_that_figure(nlp, text, figure, source):
    assert source_of(nlp, text, figure)[0] == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # those a survey asked are not who made it
        (
            "Growth will slow to 2.1 percent, according to a Reuters survey of analysts.",
            "2.1 percent",
            "a Reuters survey of analysts",
        ),
        # negative: a statement of a body still gives the body
        (
            "Some 300 homes were lost, according to a statement of the fire service.",
            "300",
            "the fire service",
        ),
    ],
)
def test_survey_of_people_is_written_whole(nlp, text, figure, source):
    assert source_of(nlp, text, figure)[0] == source


def test_polls_of_a_place_name_no_pollster(nlp):
    text = "Three governors have all been stuck near 8 percent of the vote in Ohio surveys."
    assert source_of(nlp, text, "8 percent") == ("Ohio surveys", SourceKind.ANONYMOUS)
