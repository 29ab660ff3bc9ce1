"""A percentage whose only noun is its unit (unit_only_shares): a bare number that shares the
"percent" of the number after it is a percentage named as a poll share, and a person or
speaker standing "at" a percentage stands at their support."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from factcheck.extract.subjects.unit_only_shares import percent_hung_on, shared_unit_by_words
from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure",
    [
        (
            "In the new poll, Lee led with 30 percent support, followed by Ann Ray and Tom Ortiz, "
            "12 and 9 percent respectively.",
            "12",
        ),
        (
            "The new survey shows her in a dead heat with Ortiz, ahead of him by two points, "
            "47 to 45 percent.",
            "47",
        ),
    ],
)
def test_number_sharing_percent_after_it_is_support(nlp, text: str, figure: str) -> None:
    assert "support" in subject_of(nlp, text, figure).split()


def test_speaker_standing_at_a_percentage_is_support(nlp) -> None:
    text = '"We have grown," he added. "A year ago we were not at 15 or 20 percent."'
    assert "support" in subject_of(nlp, text, "15 or 20 percent").split()


def _unit(
    read: Callable[[Doc, int, int], Token | None], nlp: Language, text: str, figure: str
) -> str | None:
    """The text of the unit ``read`` finds for the one-token ``figure`` in ``text``."""
    doc = nlp(text)
    i = [t.text for t in doc].index(figure)
    unit = read(doc, i, i + 1)
    return None if unit is None else unit.text


def test_a_point_word_is_a_shared_unit_by_the_words_not_a_percent_hung_on(nlp) -> None:
    text = "Ray led Ortiz by 12 or 14 points in the poll."
    assert _unit(shared_unit_by_words, nlp, text, "12") == "points"  # a figure (not_claims)
    assert _unit(percent_hung_on, nlp, text, "12") is None  # no share to name


def test_both_readings_find_the_percent_two_numbers_share(nlp) -> None:
    text = "Lee and Ray got 12 and 9 percent respectively."
    assert _unit(shared_unit_by_words, nlp, text, "12") == "percent"
    assert _unit(percent_hung_on, nlp, text, "12") == "percent"
