"""A person speaking for a body marked as a party, named through "Its": partisan (rpart70).

Gold README, partisan_source: "the text marks the source as a party". Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"
MARKED = (
    "Aid groups say 30,000 children are sick. The Hamas-run Ministry of Health gave far lower "
    "figures. Its spokesman, Omar Tahir, told reporters that 12,400 cases had been confirmed. "
    "He said 90 children had died."
)
UNION = (
    "The Dockers' Union, which represents the strikers, said 91% of its members had voted to "
    "stop work. Its regional spokesman, Carlos Reyes, told Reuters the union was seeking a 14% "
    "pay rise."
)


@pytest.mark.parametrize(
    ("text", "figure"),
    [(MARKED, "12,400"), (MARKED, "90"), (UNION, "14%")],
)
def test_the_spokesman_of_a_body_marked_as_a_party_is_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The Red Cross gave a lower figure. Its spokesman, Omar Tahir, said 400 people had "
         "been treated.", "400"),
        ("The city council met on Monday. Its chairman, Tom Ford, said 20 roads were closed.",
         "20"),
    ],
)  # fmt: skip
def test_the_spokesman_of_a_body_no_side_runs_is_not_partisan(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)
