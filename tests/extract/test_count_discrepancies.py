"""Two counts the text says disagree are disputed on both sides (discrepancies.py).

Gold README, disputed: "someone contests the figure"; an implicit dispute, as "at odds with".
Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

DISPUTED = "disputed"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Eleven people were hurt in the crash, a hospital spokesman said. The number of "
            "injured differs from what the state police reported. Troopers said eight people "
            "were hurt.",
            "Eleven",
        ),
        (
            "Eleven people were hurt in the crash, a hospital spokesman said. The number of "
            "injured differs from what the state police reported. Troopers said eight people "
            "were hurt.",
            "eight",
        ),
        (
            "Six people were wounded, the hospital said. That figure differs from the police "
            "count of four.",
            "Six",
        ),
        (
            "Six people were wounded, the hospital said. That figure differs from the police "
            "count of four.",
            "four",
        ),
        (
            "The mayor said 300 homes were damaged. The county's count of 120 homes does not "
            "match the mayor's figure.",
            "300",
        ),
        (
            "Officials could not explain the discrepancy between the 14 deaths reported by the "
            "coroner and the 11 listed by the county.",
            "11",
        ),
    ],
)
def test_counts_said_to_differ_are_disputed(nlp, text, figure):
    assert DISPUTED in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the hospital's other count, of patients moved, is no side of the discrepancy
        (
            "Nine people were wounded, the hospital's chief said. He said ten patients were "
            "first taken to the hospital. Three were moved to another hospital, he said. The "
            "number of those injured differs from what Sheriff Ana Ruiz reported. She said "
            "seven people were wounded.",
            "ten",
        ),
        # a difference of experience, not of counts
        (
            "Reyes, a 44-year-old senator, said his experience differs from that of the "
            "governor, who has served 12 years.",
            "12 years",
        ),
        ("The mayor said 300 homes were damaged. The county's count of 300 homes matches.", "300"),
        (
            "Officials could not explain the discrepancy. The county has 40 parks, the mayor said.",
            "40",
        ),
    ],
)
def test_no_dispute_without_two_counts_set_apart(nlp, text, figure):
    assert DISPUTED not in kinds_of(nlp, text, figure)


def test_the_rival_count_of_the_harm_named_is_disputed_far_back(nlp):
    text = (
        "Nine people were wounded, the hospital's chief said. He said ten patients were first "
        "taken to the hospital. Three were moved to another hospital, he said. The number of "
        "those injured differs from what Sheriff Ana Ruiz reported. She said seven people were "
        "wounded."
    )
    assert DISPUTED in kinds_of(nlp, text, "Nine")
    assert DISPUTED in kinds_of(nlp, text, "seven")
