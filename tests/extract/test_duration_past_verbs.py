"""A span of time a past-tense verb lasted is named by the verb's written form and its lemma,
as "-ing" and present forms already are (invented text)."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        ("Hundreds of voters waited in line for five hours.", "five hours", {"wait", "waited"}),
        ("The senator spoke for nearly 40 hours.", "nearly 40 hours", {"speak", "spoke"}),
    ],
)
def test_past_verb_of_a_duration_keeps_its_lemma(nlp, text, figure, words):
    assert words <= set(subject_of(nlp, text, figure).split())


def test_past_verb_of_a_duration_keeps_its_written_form(nlp):
    text = "The hostage was held for 11 months."
    assert "held" in subject_of(nlp, text, "11 months").split()


def test_lemma_of_a_past_verb_follows_its_written_form(nlp):
    text = "She has held the seat for 20 years."
    # "seat": what was held (wsubj65: a duration names the verb's object)
    assert subject_of(nlp, text, "20 years") == "years held hold seat"
