"""A figure that is a second object of a verb the sentence leaves out counts what the first
object counts (gapped_objects), not who holds it or where."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "The group raised over $6 million in March and over $5 million after the debate.",
            "over $5 million",
            "raised",
        ),
        (
            "The campaign raised $4 million in January, and $7 million in February.",
            "$7 million",
            "raised",
        ),
        (
            "The fund raised $6 million in the day after polls closed in Nevada and $5 million"
            " after Ohio.",
            "$5 million",
            "raised",
        ),
        (
            "The delegation cast one vote for Smith, 13 for Jones and 36 votes for Brown.",
            "13",
            "vote",
        ),
    ],
)
def test_gapped_second_object_takes_the_first_objects_subject(nlp, text, figure, expected):
    assert subject_of(nlp, text, figure) == expected


def test_a_second_object_with_its_own_noun_keeps_it(nlp):
    text = "Police seized 40 pounds of cocaine on Monday and 12 rifles on Tuesday."
    assert subject_of(nlp, text, "12") == "rifles"
