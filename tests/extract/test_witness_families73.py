""" "Said Ana Diaz, a mother of four": the family of a quoted witness is a not-claim (session 73,
docs/gold-conventions.md "A witness's family"). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, number",
    [
        ('"We eat once a day now," said Ana Diaz, a 46-year-old mother of four.', "four"),
        ('"The rent doubled," says the 52-year-old father of three.', "three"),
        ("A mother of five told the charity that her children had fallen ill.", "five"),
        ('"Nobody came," said Rosa Lind, 45, a cleaner and mother of two.', "two"),
    ],
)
def test_parent_count_describing_a_speaker_is_not_a_claim(nlp, text, number):
    assert number not in mention_texts(nlp, text)
    assert number in mention_texts(nlp, text, claims=False)


@pytest.mark.parametrize(
    "text, number",
    [
        # a parent who is no speaker: the victim of the story
        ("The father of two tried to flee when the gunman fired.", "two"),
        ("Mia Cole, a nurse and mother of three, was shot outside her home.", "three"),
        # the number has its own noun
        ("She is a proud mom of 4 boys, her sister said.", "4"),
    ],
)
def test_parent_count_of_someone_not_speaking_stays_a_claim(nlp, text, number):
    assert number in mention_texts(nlp, text)
