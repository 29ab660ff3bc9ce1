"""A "for" span on a copula with a place phrase is named by that phrase: "had been in the
water for more than two hours" -> "hours in the water" (been_in.py; realgold30 "on the
ground", session 64 wireb "in the water"). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    ("text", "figure", "phrase"),
    [
        (
            '"Some had been in the water for more than three hours," a rescuer said.',
            "more than three hours",
            "in the water",
        ),
        (
            "Volunteers have been on the ground for six months now, registering voters.",
            "six months",
            "on the ground",
        ),
        ("He had been in custody for 11 months.", "11 months", "in custody"),
    ],
)
def test_a_span_a_copula_lasts_is_named_by_its_place_phrase(nlp, text, figure, phrase):
    assert phrase in subject_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure", "word"),
    [
        ("Kim was a math teacher for nearly a decade.", "nearly a decade", "teacher"),
        ("The road has been closed for two weeks.", "two weeks", "closed"),
    ],
)
def test_a_copula_with_its_own_complement_keeps_it(nlp, text, figure, word):
    # near miss: the noun or adjective after the copula already names the span
    assert word in subject_of(nlp, text, figure).split()
