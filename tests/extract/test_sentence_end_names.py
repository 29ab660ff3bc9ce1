"""A sentence that ends on a word that can head a label ("room", "site", "gate") does not make
the number opening the next sentence a label; "No. 12" and "Prop. 8" still are labels (branch
num54, session 54). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text",
    [
        "Two men were shot inside a motel room. One round was fired, hitting both.",
        "A scaffold collapsed at the building site. One of the workers later died.",
        "Fans were crushed near the stadium gate. Three were taken to a hospital.",
    ],
)
def test_number_after_a_sentence_ending_on_a_label_word_is_a_count(nlp, text):
    texts = mention_texts(nlp, text)
    assert "One" in texts or "Three" in texts


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The shop at No. 12 Elm Street was robbed.", "12"),
        ("Voters approved Prop. 8 in the fall.", "8"),
    ],
)  # fmt: skip
def test_number_after_an_abbreviated_label_word_stays_a_label(nlp, text, figure):
    assert figure not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "One shot was fired into the ceiling of the bar.",
        "Police said one round was fired during the struggle.",
    ],
)
def test_one_shot_fired_is_a_count(nlp, text):
    texts = mention_texts(nlp, text)
    assert "One" in texts or "one" in texts
