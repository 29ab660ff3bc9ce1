"""Two not-claims of wire copy: the number of speakers taken from a named group ("Two of the
survivors ... said"; source_counts.py) and an hour told in words ("just after two in the
morning"; hours_of_day.py). Session 64, tests/wirea and wireb. Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import claim_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Two of the survivors, both young men from Eritrea, said each passenger had paid "
            "smugglers $2,000 for the crossing.",
            "Two",
        ),
        ("Three of the workers told AFP the doors had been locked.", "Three"),
    ],
)
def test_the_speakers_taken_from_a_group_are_not_a_claim(nlp, text, figure):
    assert figure not in claim_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Two of the victims were taken to hospital.", "Two"),  # no report: a count
        ("Officials said two of the wounded had died.", "two"),  # the speakers are named
        ("Five of the 12 jurors said they had doubts.", "Five of the 12"),  # a share
    ],
)
def test_a_count_from_a_group_that_is_no_speaker_stays_a_claim(nlp, text, figure):
    assert figure in claim_texts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        '"We heard the first blast just after three in the morning," she says.',
        "The curfew runs until 10 at night.",
    ],
)
def test_an_hour_told_in_words_is_a_time(nlp, text):
    assert claim_texts(nlp, text) == []


def test_a_count_before_a_morning_attack_stays_a_claim(nlp):
    assert "two" in claim_texts(nlp, "Gunmen killed two in the morning attack on the market.")
