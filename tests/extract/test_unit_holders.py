"""A figure whose subject is its unit alone names what its clause says (unit_holders.py)."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, named",
    [
        (
            "Ortega rose three points in the Harlow survey to 31 points, while Lindqvist was "
            "at 19 percent.",
            "31 points",
            "Ortega",
        ),
        (
            "Delgado's favorability stands at +27 points (52 percent to 25 percent), the "
            "Harlow poll found.",
            "+27 points",
            "favorability",
        ),
    ],
)
def test_points_alone_name_the_clause_subject(nlp, text: str, figure: str, named: str) -> None:
    subject = subject_of(nlp, text, figure).split()
    assert named in subject
    assert any(w in ("point", "points") for w in subject)  # the unit stays


def test_points_alone_name_a_net_rating(nlp) -> None:
    text = (
        "Approval of Ortega, while still a net negative 8 points (36 percent to 44 percent), "
        "has risen 5 points since April."
    )
    assert "net negative" in subject_of(nlp, text, "negative 8 points")


def test_points_alone_name_the_direction_of_a_change(nlp) -> None:
    text = (
        "Among Latino voters, the Harlow poll shows him with a net positive of 40 points. "
        "But that's down 11 points from his spring average."
    )
    assert "down" in subject_of(nlp, text, "11 points").split()


@pytest.mark.parametrize(
    "text, figure, named",
    [
        ("Marcus Hale has been a defendant in 1,200 lawsuits in 25 years.", "25 years", "Hale"),
        (
            "Sunday's stabbing was the second time in 36 hours in Dayton in which three "
            "people were hurt.",
            "36 hours",
            "stabbing",
        ),
        (
            "Many voters in Tucson waited for two, three and even four hours to vote.",
            "two",
            "wait",
        ),
    ],
)
def test_span_of_time_alone_names_its_clause(nlp, text: str, figure: str, named: str) -> None:
    subject = subject_of(nlp, text, figure).split()
    assert named in subject
    assert subject[0] == "hours" or subject[0] == "years"  # the unit stays first
