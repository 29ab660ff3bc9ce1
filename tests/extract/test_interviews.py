"""An interview's "A:" answers are the interviewee's (src52, interviews.py).

The interviewee is the person the headline names; an answer goes on over unlabelled
paragraphs up to the next question. Texts are invented.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of

_INTERVIEW = (
    "Q&A with Senator Ann Lee.\n\n"
    "Senator Ann Lee spent Monday in Dayton, where she toured a plant. Here is the edited "
    "transcript of the interview.\n\n"
    "Q: You have been touring the state all week.\n\n"
    "A: It is a good week. We raised wages for 40,000 workers.\n\n"
    "Nobody expected that. The plant alone hired 300 people.\n\n"
    "Q: Did 12 senators back the bill?\n\n"
    "A: It's been about a month since the vote.\n\n"
    "The plant has 9 more openings, a spokesman said.\n"
)


@pytest.mark.parametrize(
    ("figure", "source"),
    [
        # an answer's figure is the interviewee's, named by the headline
        ("40,000", ("Lee", SourceKind.NAMED_PERSON)),
        ("about a month", ("Lee", SourceKind.NAMED_PERSON)),
        # an unlabelled paragraph before the next question goes on with the answer
        ("300", ("Lee", SourceKind.NAMED_PERSON)),
        # negative: a question is no answer
        ("12", ("", SourceKind.NONE)),
        # negative: a sentence's own attribution wins over the layout
        ("9", ("a spokesman", SourceKind.ANONYMOUS)),
    ],
)
def test_an_interview_answer_is_sourced_to_the_interviewee(nlp, figure, source):
    assert source_of(nlp, _INTERVIEW, figure) == source


def test_a_single_q_and_a_is_no_interview(nlp):
    text = "Ann Lee spoke on Monday.\n\nQ: Why now?\n\nA: We had 40 days left.\n"
    assert source_of(nlp, text, "40") == ("", SourceKind.NONE)


def test_the_lead_names_the_interviewee_when_the_headline_does_not(nlp):
    text = (
        "A conversation about the budget.\n\n"
        "Mayor Ruth Ortiz sat down with us on Friday.\n\n"
        "Q. What did the city spend?\n\n"
        "A. We spent $4 million on roads.\n\n"
        "Q. And next year?\n\n"
        "A. About the same.\n"
    )
    assert source_of(nlp, text, "$4 million") == ("Ortiz", SourceKind.NAMED_PERSON)
